package dev.wenda.bot.cli;

import static dev.wenda.bot.cli.ServeProcess.freePort;
import static dev.wenda.bot.cli.ServeProcess.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar exactly as the container does ({@code java -jar wenda.jar serve}) as a real
 * process on loopback: no platform, H2 in a temporary folder, a free port.
 */
class ServeProcessIT {
    @TempDir
    Path dir;

    private String h2() {
        return dir.resolve("data/wenda").toString().replace('\\', '/');
    }

    @Test
    @DisplayName("wenda serve answers /healthz, /readyz and /metrics, then stops on SIGTERM within 10 s")
    void servesAndStops() throws Exception {
        int port = freePort();
        try (ServeProcess wenda = ServeProcess.start(dir, "wenda.yaml", """
                instance:
                  id: it-0
                http:
                  host: 127.0.0.1
                  port: %d
                db:
                  url: jdbc:h2:file:%s
                """.formatted(port, h2()), Map.of())) {
            assertTrue(wenda.awaitLog("index loaded"), () -> "no index loaded in:\n" + String.join("\n", wenda.log()));
            assertTrue(wenda.awaitLog("database loaded"), () -> String.join("\n", wenda.log()));
            assertTrue(wenda.awaitLog("serving: no platform enabled"), () -> String.join("\n", wenda.log()));

            assertEquals(200, get(port, "/healthz").statusCode());
            HttpResponse<String> ready = get(port, "/readyz");
            assertEquals(200, ready.statusCode(), ready.body());
            assertEquals(
                    "{\"status\":\"ready\",\"checks\":{\"index\":\"ok\",\"database\":\"ok\",\"serving\":\"ok\"}}",
                    ready.body());
            String metrics = get(port, "/metrics").body();
            for (String name : List.of(
                    "wenda_search_cache_hit_ratio", "wenda_search_latency_seconds_bucket", "jvm_memory_used_bytes")) {
                assertTrue(metrics.contains(name), name);
            }

            long start = System.nanoTime();
            wenda.terminate();
            assertTrue(wenda.waitFor(10), "still running 10 s after SIGTERM");
            assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10);
            assertEquals(143, wenda.process().exitValue()); // 128 + SIGTERM, after the shutdown hook ran
            assertTrue(wenda.awaitLog("stopped"), () -> String.join("\n", wenda.log()));
            assertTrue(wenda.log().stream().anyMatch(line -> line.contains("shutdown: stop ops endpoint done")));
        }
    }

    @Test
    @DisplayName("log.format: json makes every log line of the process one JSON object")
    void jsonLogs() throws Exception {
        try (ServeProcess wenda = ServeProcess.start(dir, "wenda.yaml", """
                http:
                  port: %d
                db:
                  url: jdbc:h2:file:%s
                log:
                  format: json
                """.formatted(freePort(), h2()), Map.of())) {
            assertTrue(wenda.awaitLog("serving: no platform enabled"), () -> String.join("\n", wenda.log()));
            assertTrue(wenda.awaitLog("database loaded"), () -> String.join("\n", wenda.log()));
            wenda.terminate();
            assertTrue(wenda.waitFor(10));
            assertTrue(wenda.awaitLog("\"stopped\""), () -> String.join("\n", wenda.log()));
            ObjectMapper json = new ObjectMapper();
            for (String line : wenda.log()) {
                JsonNode node = json.readTree(line);
                assertTrue(node.has("level") && node.has("formattedMessage"), line);
            }
        }
    }

    @Test
    @DisplayName("a bad configuration stops startup with exit code 78 and one line naming the key and value")
    void badConfiguration() throws Exception {
        try (ServeProcess wenda = ServeProcess.start(dir, "wenda.yaml", "http:\n  port: 70000\n", Map.of())) {
            assertTrue(wenda.waitFor(30));
            assertEquals(78, wenda.process().exitValue());
            wenda.awaitLog("never printed");
            assertEquals(List.of("config: http.port must be 0-65535, was 70000 (wenda.yaml line 2)"), wenda.log());
        }
    }

    @Test
    @DisplayName("a whitespace-only secret and a bad http.host each stop startup with exit 78 and one line")
    void badSecretAndHost() throws Exception {
        try (ServeProcess wenda = ServeProcess.start(dir, "wenda.yaml", "", Map.of("WENDA_DB_PASSWORD", "  \t "))) {
            assertTrue(wenda.waitFor(30));
            assertEquals(78, wenda.process().exitValue());
            wenda.awaitLog("never printed");
            assertEquals(List.of("config: db.password is only whitespace (WENDA_DB_PASSWORD)"), wenda.log());
        }
        try (ServeProcess wenda = ServeProcess.start(dir, "wenda.yaml", "http:\n  host: 'bad host'\n", Map.of())) {
            assertTrue(wenda.waitFor(30));
            assertEquals(78, wenda.process().exitValue());
            wenda.awaitLog("never printed");
            assertEquals(
                    List.of("config: http.host must be an address such as 0.0.0.0 or 127.0.0.1, or a host name, was"
                            + " 'bad host' (wenda.yaml line 2)"),
                    wenda.log());
        }
    }
}
