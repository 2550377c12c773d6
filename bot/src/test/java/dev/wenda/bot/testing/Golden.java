package dev.wenda.bot.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compares rendered payloads with golden JSON files in {@code src/test/resources/golden/}, named
 * {@code <platform>/<name>}. Both sides are compared as JSON with sorted keys, so only real changes
 * show. To accept new output, run the tests with {@code -Dwenda.golden.update=true} (or
 * WENDA_GOLDEN_UPDATE=true); never done when CI is set.
 */
public final class Golden {
    private static final Path DIR = Path.of("src", "test", "resources", "golden");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private Golden() {}

    public static void assertMatches(String name, String json) {
        assertMatches(name, parse(json));
    }

    public static void assertMatches(String name, JsonNode actual) {
        String text = canonical(actual);
        Path file = DIR.resolve(name + ".json");
        if (updating()) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        if (!Files.exists(file)) {
            fail("no golden file " + file + "; run with -Dwenda.golden.update=true to create it. Actual:\n" + text);
        }
        try {
            assertEquals(
                    canonical(parse(Files.readString(file, StandardCharsets.UTF_8))),
                    text,
                    "payload differs from " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Pretty JSON with sorted keys; JDA's random message nonce is not part of what we render. */
    static String canonical(JsonNode node) {
        try {
            JsonNode stable = node.deepCopy();
            if (stable instanceof ObjectNode object) {
                object.remove(List.of("nonce", "enforce_nonce"));
            }
            Object tree = JSON.treeToValue(stable, Object.class);
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean updating() {
        boolean asked = Boolean.getBoolean("wenda.golden.update")
                || "true".equalsIgnoreCase(System.getenv("WENDA_GOLDEN_UPDATE"));
        return asked && System.getenv("CI") == null;
    }
}
