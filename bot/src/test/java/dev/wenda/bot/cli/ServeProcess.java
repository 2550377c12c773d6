package dev.wenda.bot.cli;

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
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code java -jar bot/target/wenda.jar serve --config FILE} as a real process, for the integration
 * tests: its log (standard error) is read on a thread so a test can wait for a line without sleeping.
 */
public final class ServeProcess implements AutoCloseable {
    private static final Path JAR = Path.of(System.getProperty("wenda.jar", "target/wenda.jar"));
    private static final String END = "\u0000end";

    private final Process process;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    private ServeProcess(Process process) {
        this.process = process;
        Thread.ofPlatform().daemon(true).name("it-log-reader-" + process.pid()).start(this::readLog);
    }

    /**
     * Writes {@code yaml} to {@code dir/name} and starts {@code wenda serve} on it in {@code dir},
     * with no inherited {@code WENDA_*} variable and the given extra ones.
     */
    public static ServeProcess start(Path dir, String name, String yaml, Map<String, String> env) throws IOException {
        Path config = dir.resolve(name);
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
        builder.environment().keySet().removeIf(key -> key.startsWith("WENDA_"));
        builder.environment().putAll(env);
        return new ServeProcess(builder.start());
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public Process process() {
        return process;
    }

    /** Every log line read so far. */
    public List<String> log() {
        return List.copyOf(seen);
    }

    /**
     * Waits until a log line contains {@code text} (or one already has); false when the process
     * ends or 60 s pass first.
     */
    public boolean awaitLog(String text) throws InterruptedException {
        if (seen.stream().anyMatch(line -> line.contains(text))) {
            return true;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (true) {
            String line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (line == null || line.equals(END)) {
                return false;
            }
            seen.add(line);
            if (line.contains(text)) {
                return true;
            }
        }
    }

    /** Waits for the process to end; the standard error it wrote is in {@link #log()} after an awaitLog. */
    public boolean waitFor(long seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** SIGTERM, through the handle: {@code Process.destroy()} would also close the log stream. */
    public void terminate() {
        process.toHandle().destroy();
    }

    /** SIGKILL: no shutdown hook runs, as when a machine dies. */
    public void kill() {
        process.destroyForcibly();
    }

    public static HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        }
    }

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

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroyForcibly();
        }
    }
}
