package dev.wenda.bot;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LayeringTest {
    private static final JavaClasses WENDA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.wenda");

    @Test
    @DisplayName("domain code never imports JDA or Slack classes; only the adapters do")
    void domainIsPlatformFree() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.wenda.bot.discord..", "dev.wenda.bot.slack..", "dev.wenda.bot.app..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("net.dv8tion..", "com.slack..")
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
}
