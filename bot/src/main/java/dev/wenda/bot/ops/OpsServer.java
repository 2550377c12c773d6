package dev.wenda.bot.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operations endpoint: {@code /healthz} (the process is alive), {@code /readyz} (every
 * {@link ReadinessCheck} passes; 503 naming the failing ones otherwise) and {@code /metrics}
 * (Prometheus text), on a {@link HardenedJetty} connector.
 *
 * <p>It stays responsive whatever its clients do: a small bounded pool serves it and no request
 * holds a thread while it waits ({@code /readyz} is answered when its checks complete); a
 * connection silent for {@link Limits#idleTimeout()} is closed by Jetty, and one whose request head
 * is not complete within {@link Limits#requestTimeout()} is closed too (a client trickling bytes
 * never goes idle); at most {@link Limits#maxConnections()} connections are accepted, the rest wait
 * in the listen queue. Every response closes its connection, so the head deadline bounds each
 * connection's life before it is answered. {@code /healthz} touches nothing but the socket. The
 * readiness checks run off the request threads, bounded and cached briefly ({@link Readiness}).
 */
public final class OpsServer implements AutoCloseable {
    public static final String HEALTH_PATH = "/healthz";
    public static final String READY_PATH = "/readyz";
    public static final String METRICS_PATH = "/metrics";

    /** The largest request head read; a longer one is answered 431 by Jetty. */
    static final int MAX_HEAD = 8 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(OpsServer.class);
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String JSON = "application/json";
    private static final String TEXT = "text/plain; charset=utf-8";

    /**
     * @param idleTimeout how long a connection may stay silent before Jetty closes it
     * @param requestTimeout the longest time a connection may take to send its request head
     * @param maxConnections connections served at once; more wait in the listen queue
     * @param backlog the listen queue
     * @param readyTtl how long one round of readiness results answers probes
     * @param checkTimeout how long one readiness check may take before it counts as failing
     */
    public record Limits(
            Duration idleTimeout,
            Duration requestTimeout,
            int maxConnections,
            int backlog,
            Duration readyTtl,
            Duration checkTimeout) {
        public static final Limits DEFAULT = new Limits(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 512, 512, Duration.ofSeconds(1), Duration.ofSeconds(2));

        public Limits {
            Objects.requireNonNull(idleTimeout, "idleTimeout");
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            Objects.requireNonNull(readyTtl, "readyTtl");
            Objects.requireNonNull(checkTimeout, "checkTimeout");
            if (maxConnections < 1 || backlog < 1) {
                throw new IllegalArgumentException(
                        "maxConnections and backlog must be positive, were " + maxConnections + ", " + backlog);
            }
        }
    }

    /** A response: the status, its content type and body. */
    private record Answer(int status, String type, String body) {}

    private final HardenedJetty jetty;
    private final ExecutorService checks = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("wenda-ops-ready-", 0).factory());

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
        OpsServer ops = new OpsServer(host, port, metrics, checks, limits, nanoTime);
        try {
            ops.jetty.start();
        } catch (UncheckedIOException e) {
            ops.checks.shutdownNow();
            throw e;
        }
        LOG.info("ops endpoint listening on {}:{}", host, ops.port());
        return ops;
    }

    private OpsServer(
            String host,
            int port,
            Supplier<String> metrics,
            List<ReadinessCheck> checks,
            Limits limits,
            LongSupplier nanoTime) {
        Objects.requireNonNull(metrics, "metrics");
        Readiness readiness = new Readiness(checks, limits.readyTtl(), limits.checkTimeout(), nanoTime, this.checks);
        // a few threads accept, select and answer; no request holds one while it waits (/readyz
        // is answered when its round completes), so a bounded pool never queues /healthz; one
        // request per connection, as probes send
        this.jetty = HardenedJetty.create(
                host,
                port,
                new HardenedJetty.Settings(
                        "wenda-ops-http",
                        8,
                        limits.maxConnections(),
                        limits.backlog(),
                        MAX_HEAD,
                        limits.idleTimeout(),
                        limits.requestTimeout(),
                        false),
                new Routes(metrics, readiness));
    }

    /** The bound port (useful when 0 was asked for). */
    public int port() {
        return jetty.port();
    }

    private static final class Routes extends Handler.Abstract {
        private final Supplier<String> metrics;
        private final Readiness readiness;
        private final ObjectMapper json = new ObjectMapper();

        Routes(Supplier<String> metrics, Readiness readiness) {
            this.metrics = metrics;
            this.readiness = readiness;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String method = request.getMethod();
            if (!HttpMethod.GET.is(method) && !HttpMethod.HEAD.is(method)) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                send(response, callback, new Answer(405, TEXT, ""));
                return true;
            }
            switch (request.getHttpURI().getPath()) {
                case HEALTH_PATH -> send(response, callback, new Answer(200, JSON, "{\"status\":\"alive\"}"));
                // answered when the round completes: a probe waiting on the checks holds no thread
                case READY_PATH ->
                    readiness
                            .current()
                            .whenComplete((snapshot, failure) -> send(response, callback, ready(snapshot, failure)));
                case METRICS_PATH -> send(response, callback, new Answer(200, PROMETHEUS_TEXT, metrics.get()));
                default -> send(response, callback, new Answer(404, TEXT, ""));
            }
            return true;
        }

        private Answer ready(Readiness.Snapshot snapshot, Throwable failure) {
            if (failure != null) {
                return new Answer(503, JSON, "{\"status\":\"not ready\",\"failing\":[\"readiness\"]}");
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
            try {
                return new Answer(failing.isEmpty() ? 200 : 503, JSON, json.writeValueAsString(body));
            } catch (JsonProcessingException e) {
                LOG.warn("ops /readyz answer failed: {}", e.toString());
                return new Answer(500, TEXT, "");
            }
        }

        private static void send(Response response, Callback callback, Answer answer) {
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            response.setStatus(answer.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, answer.type());
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, ByteBuffer.wrap(body), callback);
        }
    }

    /** Stops accepting probes and ends the open connections. */
    @Override
    public void close() {
        jetty.close();
        checks.shutdownNow();
    }
}
