package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden JSON snapshots under {@code src/test/resources/golden/slack/}. Compared as JSON trees;
 * rewritten only with {@code -Dgolden.update=true}, which is refused when {@code CI} is set.
 */
final class Golden {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path DIR = Path.of("src", "test", "resources", "golden", "slack");

    private Golden() {}

    static void assertMatches(String name, String actualJson) throws IOException {
        JsonNode actual = JSON.readTree(actualJson);
        Path file = DIR.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            if (System.getenv("CI") != null) {
                fail("golden files are never regenerated in CI");
            }
            Files.createDirectories(DIR);
            Files.writeString(file, JSON.writeValueAsString(actual) + "\n", StandardCharsets.UTF_8);
            return;
        }
        if (!Files.exists(file)) {
            fail("missing golden file " + file.toAbsolutePath()
                    + "; create it with -Dgolden.update=true and review it");
        }
        JsonNode expected = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(JSON.writeValueAsString(expected), JSON.writeValueAsString(actual), "golden " + name);
    }

    static JsonNode parse(String json) throws IOException {
        return JSON.readTree(json);
    }
}
