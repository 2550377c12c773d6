package dev.wenda.bot.console;

import static org.junit.jupiter.api.Assertions.assertSame;

import dev.wenda.bot.cli.Main;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ConsoleCommandTest {
    @Test
    @DisplayName("wenda console gets the command line's root as its CommandRoot (console does not import cli)")
    void parentCommand_isTheRoot() {
        CommandLine cli = Main.newCommandLine();
        CommandLine.ParseResult parsed = cli.parseArgs("console", "--user", "ada");
        ConsoleCommand console = parsed.subcommand().commandSpec().commandLine().getCommand();
        assertSame(cli.getCommand(), console.root);
    }
}
