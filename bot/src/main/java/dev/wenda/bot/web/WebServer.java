package dev.wenda.bot.web;

import dev.wenda.bot.ops.HardenedJetty;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves a {@link WebSite} over HTTP on its own port with a {@link HardenedJetty}: connections are
 * read without a thread each, so a slow or silent client holds no thread and is dropped after
 * {@link #IDLE_TIMEOUT} without a byte, or {@link #HEAD_DEADLINE} after it began a request head it
 * has not finished; the request line and headers may take {@link #MAX_HEADERS} bytes (else 431);
 * responses carry no server banner, and Jetty's own errors (a malformed request, headers too large)
 * are the bare status without a page or stack trace.
 */
public final class WebServer implements AutoCloseable {
    /** How long a connection may stay silent (reading a request or idle between requests). */
    static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    /** How long a request head may take to arrive, however it trickles in; links are short. */
    static final Duration HEAD_DEADLINE = Duration.ofSeconds(5);

    /** The largest request line plus headers; links are a few hundred bytes. */
    static final int MAX_HEADERS = 8 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int MAX_QUERY = 4096;
    private static final HardenedJetty.Settings SETTINGS =
            new HardenedJetty.Settings("wenda-web", 32, 512, 128, MAX_HEADERS, IDLE_TIMEOUT, HEAD_DEADLINE, true);

    private final HardenedJetty jetty;

    /** Binds {@code host:port} (0 picks a free port) and starts serving {@code site}. */
    public static WebServer start(String host, int port, WebSite site, ZoneId zone) {
        return start(host, port, site, zone, SETTINGS);
    }

    static WebServer start(String host, int port, WebSite site, ZoneId zone, Duration idleTimeout) {
        return start(host, port, site, zone, SETTINGS.withIdleTimeout(idleTimeout));
    }

    static WebServer start(String host, int port, WebSite site, ZoneId zone, HardenedJetty.Settings settings) {
        WebServer web = new WebServer(HardenedJetty.create(host, port, settings, new Pages(site, zone)));
        web.jetty.start();
        LOG.info("web pages on http://{}:{}/", host, web.port());
        return web;
    }

    /** The settings {@link #start(String, int, WebSite, ZoneId)} serves with. */
    static HardenedJetty.Settings settings() {
        return SETTINGS;
    }

    private WebServer(HardenedJetty jetty) {
        this.jetty = jetty;
    }

    /** The bound port (useful when 0 was asked for). */
    public int port() {
        return jetty.port();
    }

    /** Stops accepting requests; those in flight get up to a second. */
    @Override
    public void close() {
        jetty.close();
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

    /** One request to the site: translate, {@link WebSite#handle}, send. */
    private static final class Pages extends Handler.Abstract {
        private final WebSite site;
        private final ZoneId zone;

        Pages(WebSite site, ZoneId zone) {
            this.site = Objects.requireNonNull(site, "site");
            this.zone = Objects.requireNonNull(zone, "zone");
        }

        @Override
        public boolean handle(Request exchange, Response response, Callback callback) {
            String rawQuery = exchange.getHttpURI().getQuery();
            WebRequest request = new WebRequest(
                    exchange.getMethod(),
                    exchange.getHttpURI().getPath(),
                    query(rawQuery == null || rawQuery.length() > MAX_QUERY ? "" : rawQuery),
                    Objects.requireNonNullElse(exchange.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE), ""));
            WebResponse page;
            try {
                page = site.handle(request);
            } catch (RuntimeException e) {
                // Never the path: it carries the reader's link token.
                LOG.error("web page failed", e);
                page = WebSite.failed(request, zone);
            }
            response.setStatus(page.status());
            page.headers().forEach((name, value) -> response.getHeaders().put(name, value));
            if (page.status() == 405) {
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
            }
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, page.body().length);
            boolean head = request.method().equals("HEAD");
            response.write(true, head ? null : ByteBuffer.wrap(page.body()), callback);
            return true;
        }
    }
}
