package dev.wenda.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wenda bench ...}: benchmarks that print medians and tails (never run as unit tests). */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks: `wenda bench search` times start-up, indexing and queries; `wenda bench bank`"
                + " community imports and edits; `wenda bench web` the study pages.",
        subcommands = {BenchSearchCommand.class, BenchBankCommand.class, BenchWebCommand.class, BenchGapsCommand.class})
final class BenchCommand implements Runnable {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
