package dev.wenda.bot.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link WebSite} over HTTP on its own port: the JDK server, one virtual thread per
 * request. A request must arrive within 10 s and its response go out within 30 s (the JDK server's
 * {@code sun.net.httpserver.maxReqTime} / {@code maxRspTime}, set here unless already set; they
 * apply to every JDK server of the process, so this one starts before the ops endpoint).
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int MAX_QUERY = 4096;

    private final HttpServer server;
    private final ExecutorService executor;
    private final WebSite site;
    private final ZoneId zone;

    /** Binds {@code host:port} (0 picks a free port) and starts serving {@code site}. */
    public static WebServer start(String host, int port, WebSite site, ZoneId zone) {
        setIfAbsent("sun.net.httpserver.maxReqTime", "10");
        setIfAbsent("sun.net.httpserver.maxRspTime", "30");
        try {
            return new WebServer(HttpServer.create(new InetSocketAddress(host, port), 64), site, zone);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
        }
    }

    private WebServer(HttpServer server, WebSite site, ZoneId zone) {
        this.server = server;
        this.site = Objects.requireNonNull(site, "site");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("wenda-web-", 0).factory());
        server.setExecutor(executor);
        server.createContext("/", this::serve);
        server.start();
        LOG.info("web pages on http://{}:{}/", server.getAddress().getHostString(), port());
    }

    /** The bound port (useful when 0 was asked for). */
    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String rawQuery = exchange.getRequestURI().getRawQuery();
            WebRequest request = new WebRequest(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getRawPath(),
                    query(rawQuery == null || rawQuery.length() > MAX_QUERY ? "" : rawQuery),
                    Objects.requireNonNullElse(exchange.getRequestHeaders().getFirst("Accept-Language"), ""));
            WebResponse response;
            try {
                response = site.handle(request);
            } catch (RuntimeException e) {
                // Never the path: it carries the reader's link token.
                LOG.error("web page failed", e);
                response = WebSite.failed(request, zone);
            }
            response.headers()
                    .forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            if (response.status() == 405) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            }
            if (request.method().equals("HEAD")) {
                exchange.sendResponseHeaders(response.status(), -1);
                return;
            }
            exchange.sendResponseHeaders(response.status(), response.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(response.body());
            }
        }
    }

    /** The first value of each parameter, decoded; malformed pairs are dropped. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (pair.isEmpty() || eq == 0) {
                continue;
            }
            try {
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                params.putIfAbsent(name, value);
            } catch (IllegalArgumentException malformed) {
                // A broken %-escape: the parameter is ignored, the page explains what is missing.
            }
        }
        return params;
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
    }

    /** Stops accepting requests; those in flight get up to a second. */
    @Override
    public void close() {
        server.stop(1);
        executor.shutdownNow();
    }
}
