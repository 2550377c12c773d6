package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the shaded jar exactly as the container does ({@code java -jar wenda.jar serve}) as a real
 * process on loopback: no platform, H2 in a temporary folder, a free port.
 */
class ServeProcessIT {
    private static final Path JAR = Path.of(System.getProperty("wenda.jar", "target/wenda.jar"));

    @TempDir
    Path dir;

    private Process process;
    private final List<String> logLines = new ArrayList<>();

    @AfterEach
    void kill() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Process start(String yaml) throws IOException {
        Path config = dir.resolve("wenda.yaml");
        Files.writeString(config, yaml);
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx256m",
                        "-jar",
                        JAR.toAbsolutePath().toString(),
                        "serve",
                        "--config",
                        config.toString())
                .directory(dir.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(name -> name.startsWith("WENDA_"));
        process = builder.start();
        return process;
    }

    /**
     * Waits until a log line (standard error) contains {@code text}, or one already has; false when the process ends
     * or 60 s pass first. A reader thread feeds the lines, so a silent process cannot hang the test.
     */
    private boolean awaitLog(String text) throws InterruptedException {
        if (reader == null) {
            reader = Thread.ofPlatform().daemon(true).name("it-log-reader").start(this::readLog);
        }
        if (logLines.stream().anyMatch(line -> line.contains(text))) {
            return true;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                return false;
            }
            logLines.add(line);
            if (line.contains(text)) {
                return true;
            }
        }
    }

    private static final String END = "\u0000end";
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private Thread reader;

    private void readLog() {
        try (BufferedReader err =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            for (String line = err.readLine(); line != null; line = err.readLine()) {
                lines.add(line);
            }
        } catch (IOException e) {
            lines.add("log read failed: " + e);
        }
        lines.add(END);
    }

    private static HttpResponse<String> get(int port, String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    @DisplayName("wenda serve answers /healthz, /readyz and /metrics, then stops on SIGTERM within 10 s")
    void servesAndStops() throws Exception {
        int port = freePort();
        start("""
                instance:
                  id: it-0
                http:
                  host: 127.0.0.1
                  port: %d
                db:
                  url: jdbc:h2:file:%s
                """.formatted(port, dir.resolve("data/wenda").toString().replace('\\', '/')));
        assertTrue(awaitLog("index loaded"), () -> "no 'index loaded' in:\n" + String.join("\n", logLines));
        assertTrue(awaitLog("database loaded"), () -> String.join("\n", logLines));
        assertTrue(awaitLog("serving: no platform enabled"), () -> String.join("\n", logLines));

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
        process.toHandle().destroy(); // SIGTERM; Process.destroy() would also close the log stream
        assertTrue(process.waitFor(10, TimeUnit.SECONDS), "still running 10 s after SIGTERM");
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) < 10);
        assertEquals(143, process.exitValue()); // 128 + SIGTERM, after the shutdown hook ran
        assertTrue(awaitLog("stopped"), () -> String.join("\n", logLines));
        assertTrue(logLines.stream().anyMatch(line -> line.contains("shutdown: stop ops endpoint done")));
    }

    @Test
    @DisplayName("log.format: json makes every log line of the process one JSON object")
    void jsonLogs() throws Exception {
        int port = freePort();
        start("""
                http:
                  port: %d
                db:
                  url: jdbc:h2:file:%s
                log:
                  format: json
                """.formatted(port, dir.resolve("data/wenda").toString().replace('\\', '/')));
        assertTrue(awaitLog("serving: no platform enabled"), () -> String.join("\n", logLines));
        assertTrue(awaitLog("database loaded"), () -> String.join("\n", logLines));
        process.toHandle().destroy();
        assertTrue(process.waitFor(10, TimeUnit.SECONDS));
        assertTrue(awaitLog("\"stopped\""), () -> String.join("\n", logLines));
        ObjectMapper json = new ObjectMapper();
        for (String line : logLines) {
            JsonNode node = json.readTree(line);
            assertTrue(node.has("level") && node.has("formattedMessage"), line);
        }
    }

    @Test
    @DisplayName("a bad configuration stops startup with exit code 78 and one line naming the key and value")
    void badConfiguration() throws Exception {
        start("""
                http:
                  port: 70000
                """);
        assertTrue(process.waitFor(30, TimeUnit.SECONDS));
        assertEquals(78, process.exitValue());
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("config: http.port must be 1-65535, was 70000 (wenda.yaml line 2)\n", err);
    }
}
