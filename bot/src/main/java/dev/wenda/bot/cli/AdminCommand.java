package dev.wenda.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda admin}: operator tasks on the bot's stored data. */
@Command(
        name = "admin",
        mixinStandardHelpOptions = true,
        description = "Operator tasks on the stored data (the database named by the configuration).",
        subcommands = {
            ForgetUserCommand.class,
            FeedbackCommand.class,
            ImportCommand.class,
            ExportCommand.class,
            GapsCommand.class
        })
public final class AdminCommand implements Runnable {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
