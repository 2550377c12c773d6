package dev.wenda.bot.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.ops.OpsHttp.BadRequest;
import dev.wenda.bot.ops.OpsHttp.Request;
import dev.wenda.bot.ops.OpsHttp.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code /healthz} (the process is alive), {@code /readyz} (every
 * {@link ReadinessCheck} passes; 503 naming the failing ones otherwise) and {@code /metrics}
 * (Prometheus text).
 *
 * <p>It stays responsive whatever its clients do: each connection gets a virtual thread, a client
 * must send its request head within {@link Limits#requestTimeout()} (no byte for
 * {@link Limits#readTimeout()} also ends it), connections beyond {@link Limits#maxConnections()}
 * are closed at once, and {@code /healthz} touches nothing but the socket. The readiness checks run
 * off the request threads, bounded and cached briefly ({@link Readiness}).
 */
public final class OpsServer implements AutoCloseable {
    public static final String HEALTH_PATH = "/healthz";
    public static final String READY_PATH = "/readyz";
    public static final String METRICS_PATH = "/metrics";

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json";

    /**
     * @param readTimeout the longest wait for the next byte of a request head
     * @param requestTimeout the longest time a whole request head may take (slow clients)
     * @param maxConnections connections served at once; more are closed on accept
     * @param backlog the listen queue
     * @param readyTtl how long one round of readiness results answers probes
     * @param checkTimeout how long one readiness check may take before it counts as failing
     */
    public record Limits(
            Duration readTimeout,
            Duration requestTimeout,
            int maxConnections,
            int backlog,
            Duration readyTtl,
            Duration checkTimeout) {
        public static final Limits DEFAULT = new Limits(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 512, 512, Duration.ofSeconds(1), Duration.ofSeconds(2));

        public Limits {
            Objects.requireNonNull(readTimeout, "readTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(readyTtl, "readyTtl");
            Objects.requireNonNull(checkTimeout, "checkTimeout");
            if (maxConnections < 1 || backlog < 1) {
                throw new IllegalArgumentException(
                        "maxConnections and backlog must be positive, were " + maxConnections + ", " + backlog);
            }
        }
    }

    private final ServerSocket socket;
    private final Limits limits;
    private final Supplier<String> metrics;
    private final Readiness readiness;
    private final ExecutorService connections = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("wenda-ops-http-", 0).factory());
    private final ExecutorService checks = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("wenda-ops-ready-", 0).factory());
    private final Semaphore open;
    private final Thread acceptor;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts serving with the default limits.
     *
     * @param metrics the Prometheus text, produced on each scrape
     * @param checks the readiness checks, run in order
     */
    public static OpsServer start(String host, int port, Supplier<String> metrics, List<ReadinessCheck> checks) {
        return start(host, port, metrics, checks, Limits.DEFAULT, System::nanoTime);
    }

    /** As {@link #start(String, int, Supplier, List)} with the given limits and time source. */
    public static OpsServer start(
            String host,
            int port,
            Supplier<String> metrics,
            List<ReadinessCheck> checks,
            Limits limits,
            LongSupplier nanoTime) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(host, port), limits.backlog());
            return new OpsServer(socket, metrics, checks, limits, nanoTime);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private OpsServer(
            ServerSocket socket,
            Supplier<String> metrics,
            List<ReadinessCheck> checks,
            Limits limits,
            LongSupplier nanoTime) {
        this.socket = socket;
        this.limits = limits;
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.readiness = new Readiness(checks, limits.readyTtl(), limits.checkTimeout(), nanoTime, this.checks);
        this.open = new Semaphore(limits.maxConnections());
        this.acceptor =
                Thread.ofPlatform().name("wenda-ops-accept").daemon(true).start(this::acceptLoop);
        LOG.info("ops endpoint listening on {}:{}", socket.getInetAddress().getHostAddress(), port());
    }

    /** The bound port (useful when 0 was asked for). */
    public int port() {
        return socket.getLocalPort();
    }

    private void acceptLoop() {
        while (!socket.isClosed()) {
            Socket client;
            try {
                client = socket.accept();
            } catch (IOException e) {
                if (!socket.isClosed()) {
                    LOG.warn("ops endpoint accept failed: {}", e.getMessage());
                }
                continue;
            }
            if (!open.tryAcquire()) {
                closeQuietly(client); // over the limit: shed at once rather than queue
                continue;
            }
            connections.execute(() -> {
                try {
                    serve(client);
                } finally {
                    closeQuietly(client);
                    open.release();
                }
            });
        }
    }

    private void serve(Socket client) {
        try {
            Optional<Request> request = OpsHttp.read(client, limits.readTimeout(), limits.requestTimeout());
            if (request.isEmpty()) {
                return;
            }
            String method = request.get().method();
            boolean head = method.equals("HEAD");
            if (!head && !method.equals("GET")) {
                OpsHttp.write(client, Response.empty(405), false, "GET, HEAD");
                return;
            }
            OpsHttp.write(client, route(request.get().path()), head, null);
        } catch (BadRequest e) {
            if (e.status != 0) {
                try {
                    OpsHttp.write(client, Response.empty(e.status), false, null);
                } catch (IOException ignored) {
                    // the client is gone; nothing to tell it
                }
            }
        } catch (SocketException e) {
            // the client went away mid-answer
        } catch (IOException | RuntimeException e) {
            LOG.warn("ops request failed: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Response route(String path) throws InterruptedException, JsonProcessingException {
        return switch (path) {
            case HEALTH_PATH -> new Response(200, JSON, "{\"status\":\"alive\"}");
            case READY_PATH -> ready();
            case METRICS_PATH -> new Response(200, PROMETHEUS_TEXT, metrics.get());
            default -> Response.empty(404);
        };
    }

    private Response ready() throws InterruptedException, JsonProcessingException {
        Readiness.Snapshot snapshot;
        try {
            snapshot = readiness.current();
        } catch (IllegalStateException e) {
            return new Response(503, JSON, "{\"status\":\"not ready\",\"failing\":[\"readiness\"]}");
        }
        Map<String, String> results = new LinkedHashMap<>();
        snapshot.results().forEach((name, status) -> results.put(name, status.detail()));
        List<String> failing = snapshot.results().entrySet().stream()
                .filter(entry -> !entry.getValue().ready())
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", failing.isEmpty() ? "ready" : "not ready");
        if (!failing.isEmpty()) {
            body.put("failing", failing);
        }
        body.put("checks", results);
        return new Response(failing.isEmpty() ? 200 : 503, JSON, json.writeValueAsString(body));
    }

    private static void closeQuietly(Socket client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // closing a socket the client already dropped
        }
    }

    /** Stops accepting probes and ends the open connections. */
    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.warn("closing the ops endpoint: {}", e.getMessage());
        }
        connections.shutdownNow();
        checks.shutdownNow();
        try {
            acceptor.join(Duration.ofSeconds(1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
