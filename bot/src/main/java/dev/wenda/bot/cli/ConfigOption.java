package dev.wenda.bot.cli;

import dev.wenda.bot.config.ConfigException;
import dev.wenda.bot.config.ConfigKeys;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --config} option of {@code serve} and the admin commands, and the configuration it names. */
final class ConfigOption {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "The YAML configuration (default: $WENDA_CONFIG; without either, defaults + environment).")
    Path file;

    /**
     * The configuration: {@code --config} when given, else the file named by {@code $WENDA_CONFIG},
     * else the defaults; {@code WENDA_*} variables override either. Empty after printing to {@code
     * err} why it cannot be read.
     */
    Optional<WendaConfig> load(PrintWriter err) {
        Map<String, String> env = System.getenv();
        try {
            return Optional.of(new ConfigLoader(env, () -> "wenda").load(file(env)));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }

    /** The file to read: {@code --config} when given, else the one {@code $WENDA_CONFIG} names, if any. */
    Optional<Path> file(Map<String, String> env) {
        return Optional.ofNullable(file).or(() -> {
            String fromEnv = env.getOrDefault(ConfigKeys.CONFIG_FILE_ENV, "");
            return fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
        });
    }
}
