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

/** The {@code --config} option of the admin commands, and the configuration it names. */
final class AdminConfig {
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
        Optional<Path> named = Optional.ofNullable(file).or(() -> {
            String fromEnv = env.getOrDefault(ConfigKeys.CONFIG_FILE_ENV, "");
            return fromEnv.isBlank() ? Optional.empty() : Optional.of(Path.of(fromEnv));
        });
        try {
            return Optional.of(new ConfigLoader(env, () -> "wenda").load(named));
        } catch (ConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return Optional.empty();
        }
    }
}
