package dev.wenda.bot.cli;

import dev.wenda.bot.config.ConfigException;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code wenda config check FILE}: loads and validates the configuration exactly as {@code serve}
 * does (the file, then {@code WENDA_*} variables over it, secrets from the environment) and stops
 * there: no store, no index, no platform, no port.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Validate FILE as wenda serve would read it (with the WENDA_* variables of this environment),"
                    + " without starting anything."
        },
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:valid", "78:bad configuration (the first problem is printed)"})
public final class ConfigCheckCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The YAML configuration to check.")
    Path file;

    /** The environment the check reads; the process's own unless a test sets another. */
    Map<String, String> env = System.getenv();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ConfigLoader loader = new ConfigLoader(env, () -> "wenda");
        WendaConfig config;
        try {
            config = loader.load(Optional.of(file));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            return ServeCommand.CONFIG_ERROR;
        }
        loader.unknownEnvNames()
                .forEach(name -> err.println("warning: " + name + " is set, but no configuration key reads it"));
        out.println(file + ": valid (" + summary(config) + ")");
        return 0;
    }

    private static String summary(WendaConfig config) {
        return "discord " + (config.discord().enabled() ? "on" : "off")
                + ", slack " + (config.slack().enabled() ? "on" : "off")
                + ", ops endpoint "
                + (config.http().enabled()
                        ? config.http().host() + ":" + config.http().port()
                        : "off");
    }
}
