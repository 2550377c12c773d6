package dev.wenda.bot.deploy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.wenda.bot.config.ConfigKeys;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading the files under {@code deploy/} for the checks in this package. */
final class DeployFiles {
    /** Tests run in {@code bot/}; the deploy folder is its sibling. */
    static final Path DEPLOY = Path.of("..", "deploy");

    static final Set<String> CONFIG_ENV = ConfigKeys.envNames();

    private DeployFiles() {}

    static String text(String relative) {
        try {
            return Files.readString(DEPLOY.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode yaml(String relative) {
        try {
            return new YAMLMapper().readTree(DEPLOY.resolve(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads a Wenda YAML configuration given as text, with no environment. */
    static WendaConfig loadConfig(String yaml, Path tempDir) {
        try {
            Path file = tempDir.resolve("wenda.yaml");
            Files.writeString(file, yaml);
            return new ConfigLoader(Map.of(), () -> "wenda-discord-0").load(Optional.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** Fails naming every variable Wenda's configuration does not read. */
    static void assertConfigReadsAll(Collection<String> names, String where) {
        List<String> unknown = names.stream()
                .filter(name -> name.startsWith("WENDA_"))
                .filter(name -> !CONFIG_ENV.contains(name))
                .toList();
        assertTrue(unknown.isEmpty(), () -> where + " sets variables no config key reads: " + unknown);
    }
}
