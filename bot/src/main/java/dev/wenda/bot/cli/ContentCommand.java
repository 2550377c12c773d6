package dev.wenda.bot.cli;

import dev.wenda.content.ContentBank;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda content}: look at and validate Q&A banks. */
@Command(
        name = "content",
        mixinStandardHelpOptions = true,
        description = "List the Q&A entries of a bank or check a folder of Q&A files.",
        subcommands = {ContentListCommand.class, ContentCheckCommand.class})
public final class ContentCommand implements Runnable {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The bank in {@code dir} when given, else the one the root options choose. */
    ContentBank bank(Path dir) {
        return dir != null ? ContentBank.load(dir) : root.wiring().bank();
    }

    /** The folder given to a subcommand, else the root {@code --content} folder, else null. */
    Path folder(Path dir) {
        return dir != null ? dir : root.contentDir;
    }
}
