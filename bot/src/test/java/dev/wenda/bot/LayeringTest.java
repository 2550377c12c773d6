package dev.wenda.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The layers of docs/architecture.md, checked on the compiled main classes (ArchUnit). */
class LayeringTest {
    private static final JavaClasses WENDA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.wenda");

    /** The domain: what the bot knows and does, whatever the platform or the runner. */
    private static final String[] DOMAIN = {
        "dev.wenda.content..",
        "dev.wenda.search..",
        "dev.wenda.bot.chat..",
        "dev.wenda.bot.ask..",
        "dev.wenda.bot.calc..",
        "dev.wenda.bot.quiz..",
        "dev.wenda.bot.board..",
        "dev.wenda.bot.store..",
        "dev.wenda.bot.help..",
        "dev.wenda.bot.admin..",
        "dev.wenda.bot.guard..",
        "dev.wenda.bot.config..",
        "dev.wenda.bot.ops.."
    };

    @Test
    @DisplayName("only the Discord and Slack adapters import JDA or Slack classes (the composition root neither)")
    void domainIsPlatformFree() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.wenda.bot.discord..", "dev.wenda.bot.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.dv8tion..", "com.slack..")
                .check(WENDA);
    }

    @Test
    @DisplayName("domain packages import no adapter, runner or composition root: dependencies point inwards")
    void domainImportsNoAdapters() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.wenda.bot.discord..",
                        "dev.wenda.bot.slack..",
                        "dev.wenda.bot.console..",
                        "dev.wenda.bot.cli..",
                        "dev.wenda.bot.app..")
                .check(WENDA);
    }

    @Test
    @DisplayName("the Discord adapter and the Slack adapter do not know each other")
    void adaptersAreIndependent() {
        noClasses()
                .that()
                .resideInAPackage("dev.wenda.bot.discord..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.wenda.bot.slack..", "com.slack..")
                .check(WENDA);
        noClasses()
                .that()
                .resideInAPackage("dev.wenda.bot.slack..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.wenda.bot.discord..", "net.dv8tion..")
                .check(WENDA);
    }

    @Test
    @DisplayName("no two packages depend on each other, directly or around a cycle")
    void packagesAreFreeOfCycles() {
        slices().matching("dev.wenda.bot.(*)..").should().beFreeOfCycles().check(WENDA);
    }
}
