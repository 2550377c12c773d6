package dev.wenda.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda quiz}: look at the quiz questions the bank makes. */
@Command(
        name = "quiz",
        mixinStandardHelpOptions = true,
        description = "Look at the quiz questions the bank makes.",
        subcommands = {QuizSampleCommand.class})
public final class QuizCommand implements Runnable {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
