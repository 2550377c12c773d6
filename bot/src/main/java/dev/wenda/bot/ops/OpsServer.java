package dev.wenda.bot.ops;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code /healthz} (the process is alive), {@code /readyz} (every
 * {@link ReadinessCheck} passes; 503 naming the failing ones otherwise) and {@code /metrics}
 * (Prometheus text). Plain JDK HTTP server on its own named thread.
 */
public final class OpsServer implements AutoCloseable {
    public static final String HEALTH_PATH = "/healthz";
    public static final String READY_PATH = "/readyz";
    public static final String METRICS_PATH = "/metrics";

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();

    /**
     * Binds {@code host:port} (port 0 picks a free one) and starts serving.
     *
     * @param metrics the Prometheus text, produced on each scrape
     * @param checks the readiness checks, run in order on each probe
     */
    public static OpsServer start(String host, int port, Supplier<String> metrics, List<ReadinessCheck> checks) {
        try {
            return new OpsServer(HttpServer.create(new InetSocketAddress(host, port), 16), metrics, checks);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private OpsServer(HttpServer server, Supplier<String> metrics, List<ReadinessCheck> checks) {
        this.server = server;
        List<ReadinessCheck> readiness = List.copyOf(checks);
        this.executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("wenda-ops-http").daemon(true).factory());
        server.setExecutor(executor);
        route(HEALTH_PATH, exchange -> respond(exchange, 200, "application/json", "{\"status\":\"alive\"}"));
        route(READY_PATH, exchange -> ready(exchange, readiness));
        route(METRICS_PATH, exchange -> respond(exchange, 200, PROMETHEUS_TEXT, metrics.get()));
        server.start();
        LOG.info("ops endpoint listening on {}:{}", server.getAddress().getHostString(), port());
    }

    /** Serves exactly {@code path} (the JDK server matches prefixes). */
    private void route(String path, HttpHandler handler) {
        server.createContext(path, exchange -> {
            if (exchange.getRequestURI().getPath().equals(path)) {
                handler.handle(exchange);
            } else {
                try (exchange) {
                    exchange.sendResponseHeaders(404, -1);
                }
            }
        });
    }

    /** The bound port (useful when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    private void ready(HttpExchange exchange, List<ReadinessCheck> checks) throws IOException {
        Map<String, String> results = new LinkedHashMap<>();
        Map<String, String> failing = new LinkedHashMap<>();
        for (ReadinessCheck check : checks) {
            ReadinessCheck.Status status = run(check);
            results.put(check.name(), status.detail());
            if (!status.ready()) {
                failing.put(check.name(), status.detail());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", failing.isEmpty() ? "ready" : "not ready");
        if (!failing.isEmpty()) {
            body.put("failing", failing.keySet());
        }
        body.put("checks", results);
        respond(exchange, failing.isEmpty() ? 200 : 503, "application/json", json.writeValueAsString(body));
    }

    private static ReadinessCheck.Status run(ReadinessCheck check) {
        try {
            return check.check();
        } catch (RuntimeException e) {
            return ReadinessCheck.Status.failing(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(status, -1);
                return;
            }
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** Stops accepting probes; in-flight ones get up to a second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
