package dev.wenda.bot.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wenda config}: look at a configuration without starting anything. */
@Command(
        name = "config",
        mixinStandardHelpOptions = true,
        description = "Check a configuration file without starting anything.",
        subcommands = {ConfigCheckCommand.class})
public final class ConfigCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
