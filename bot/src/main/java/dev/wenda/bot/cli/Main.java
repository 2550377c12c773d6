package dev.wenda.bot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code wenda} command line: the only {@code main} of the bot. */
@Command(
        name = "wenda",
        mixinStandardHelpOptions = true,
        version = "wenda 0.1.0",
        description = "Wenda (问答): Q&A, quizzes and worked examples for deep-learning study groups.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(newCommandLine().execute(args));
    }

    /** The command line with every subcommand, as used by {@code main} and the tests. */
    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }
}
