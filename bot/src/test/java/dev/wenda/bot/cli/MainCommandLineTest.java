package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainCommandLineTest {
    private static final List<String> ALL = List.of(
            "help",
            "console",
            "calc",
            "quiz",
            "serve",
            "content",
            "admin",
            "ask",
            "eval",
            "calibrate",
            "bench",
            "config",
            "generate-completion");

    @Test
    @DisplayName("a command line naming a subcommand builds only that one, after the root's --content DIR too")
    void namedSubcommand_buildsOnlyIt() {
        assertEquals(List.of("serve"), names(Main.newCommandLine("serve", "--exit-when-ready")));
        assertEquals(List.of("ask"), names(Main.newCommandLine("--content", "notes", "ask", "q")));
        assertEquals(List.of("calc"), names(Main.newCommandLine("--content=notes", "calc", "rf")));
    }

    @Test
    @DisplayName("usage, help, completion, a root option or a mistyped name get every subcommand")
    void otherwise_everySubcommand() {
        assertEquals(ALL, names(Main.newCommandLine()));
        assertEquals(ALL, names(Main.newCommandLine(new String[0])));
        assertEquals(ALL, names(Main.newCommandLine("help", "serve")));
        assertEquals(ALL, names(Main.newCommandLine("generate-completion")));
        assertEquals(ALL, names(Main.newCommandLine("--help")));
        assertEquals(ALL, names(Main.newCommandLine("--version", "serve")));
        assertEquals(ALL, names(Main.newCommandLine("serv")));
        assertEquals(ALL, names(Main.newCommandLine("--content")));
    }

    @Test
    @DisplayName("a subcommand's help is the same whether it was built alone or with every other")
    void subcommandHelp_sameAloneAndInTheWholeTree() {
        for (String name : ALL.subList(1, ALL.size() - 1)) {
            assertEquals(help(Main.newCommandLine(), name), help(Main.newCommandLine(name, "--help"), name), name);
        }
    }

    @Test
    @DisplayName("a mistyped subcommand still gets picocli's suggestion from the whole tree, with exit code 2")
    void mistypedName_suggestsFromTheWholeTree() {
        StringWriter err = new StringWriter();
        CommandLine cli = Main.newCommandLine("serv");
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("serv"));
        assertEquals(
                "Unmatched argument at index 0: 'serv'%nDid you mean: wenda serve or wenda generate-completion?%n"
                        .formatted(),
                err.toString().lines().limit(2).map(l -> l + "%n".formatted()).reduce("", String::concat));
    }

    private static List<String> names(CommandLine cli) {
        return List.copyOf(cli.getSubcommands().keySet());
    }

    private static String help(CommandLine root, String name) {
        return root.getSubcommands().get(name).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }
}
