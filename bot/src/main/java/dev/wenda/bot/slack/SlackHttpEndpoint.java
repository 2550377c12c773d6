package dev.wenda.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import dev.wenda.bot.ops.HardenedJetty;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack's HTTP endpoint on a Jetty connector: parse → {@code app.run(request)} → send, with the
 * checks a public endpoint needs done first. A POST to {@link SlackBot#EVENTS_PATH} must carry a
 * timestamp within five minutes either way and a signature (else 401, before the body is read);
 * a body over {@link #MAX_BODY} is refused with 413 from its length or as soon as the cap is
 * passed; the body must match the signature (401). Only then does Bolt parse it. A delivery seen
 * before (the same signature, or an Events API {@code event_id} again) is acknowledged and not
 * run twice. The connector is a {@link HardenedJetty}: a request head must arrive within {@link
 * #HEAD_DEADLINE} and a silent connection is closed after 10 s. Responses carry no server banner
 * and no error text beyond Bolt's own; rejections are logged as one escaped, capped line, at most
 * one a second (the rest counted).
 */
final class SlackHttpEndpoint {
    /** The largest request body read; Slack's payloads are a few kilobytes. */
    static final int MAX_BODY = 256 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SlackHttpEndpoint.class);
    private static final Pattern EVENT_ID = Pattern.compile("\"event_id\"\\s*:\\s*\"([A-Za-z0-9_.-]{1,64})\"");
    private static final String INVALID = "{\"error\":\"invalid request\"}";

    /**
     * Slack sends a request head in one packet and wants an answer within 3 s: a head still
     * arriving after that is not Slack's.
     */
    static final Duration HEAD_DEADLINE = Duration.ofSeconds(3);

    /** How long a request's body may take to arrive once its head has. */
    static final Duration BODY_DEADLINE = Duration.ofSeconds(3);

    /** Connections and threads for Slack's bursts; a slow sender holds neither for long. */
    static final HardenedJetty.Settings SETTINGS = new HardenedJetty.Settings(
            "wenda-slack-http", 64, 256, 256, 16 * 1024, Duration.ofSeconds(10), HEAD_DEADLINE, true);

    private final HardenedJetty jetty;

    SlackHttpEndpoint(String host, int port, App app, Supplier<String> signingSecret, Clock clock) {
        this.jetty =
                HardenedJetty.create(host, port, SETTINGS, new Endpoint(app, new SignedRequests(signingSecret, clock)));
    }

    void start() {
        jetty.start();
    }

    int port() {
        return jetty.port();
    }

    boolean running() {
        return jetty.running();
    }

    void stop() {
        jetty.close();
    }

    private static final class Endpoint extends Handler.Abstract {
        private final App app;
        private final SlackRequestParser parser;
        private final SignedRequests signatures;
        private final Cache<String, Boolean> events = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofHours(1))
                .maximumSize(100_000)
                .build();
        private final AtomicLong lastLogged = new AtomicLong();
        private final AtomicLong unlogged = new AtomicLong();

        Endpoint(App app, SignedRequests signatures) {
            this.app = app;
            this.parser = new SlackRequestParser(app.config());
            this.signatures = signatures;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            try {
                serve(request, response, callback);
            } catch (Exception e) {
                // a bug here or in a Bolt handler: logged with its trace, the client gets a bare 500
                LOG.error("Slack request failed", e);
                send(response, callback, 500, null, "");
            }
            return true;
        }

        private void serve(Request request, Response response, Callback callback) throws Exception {
            String path = request.getHttpURI().getPath();
            if (!SlackBot.EVENTS_PATH.equals(path)) {
                reject(request, "unknown path", 404);
                send(response, callback, 404, null, "");
                return;
            }
            if (!"POST".equals(request.getMethod())) {
                reject(request, "method " + request.getMethod(), 405);
                response.getHeaders().put(HttpHeader.ALLOW, "POST");
                send(response, callback, 405, null, "");
                return;
            }
            String timestamp = request.getHeaders().get("X-Slack-Request-Timestamp");
            String signature = request.getHeaders().get("X-Slack-Signature");
            var early = signatures.precheck(timestamp, signature);
            if (early.isPresent()) {
                reject(request, early.get().name().toLowerCase(java.util.Locale.ROOT), 401);
                send(response, callback, 401, "application/json", INVALID);
                return;
            }
            if (request.getLength() > MAX_BODY) {
                reject(request, "body of " + request.getLength() + " bytes", 413);
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                send(response, callback, 413, null, "");
                return;
            }
            byte[] body;
            // Slack sends its body at once. A body still arriving at the deadline is a slow sender
            // holding this thread: the connection is closed, which ends the blocking read.
            var cut = request.getComponents()
                    .getScheduler()
                    .schedule(
                            () -> request.getConnectionMetaData()
                                    .getConnection()
                                    .getEndPoint()
                                    .close(),
                            BODY_DEADLINE.toMillis(),
                            java.util.concurrent.TimeUnit.MILLISECONDS);
            try (InputStream in = Request.asInputStream(request)) {
                body = in.readNBytes(MAX_BODY + 1);
            } catch (java.io.IOException e) {
                reject(request, "body not received within " + BODY_DEADLINE.toSeconds() + " s", 408);
                callback.failed(e);
                return;
            } finally {
                cut.cancel();
            }
            if (body.length > MAX_BODY) {
                reject(request, "body over " + MAX_BODY + " bytes", 413);
                response.getHeaders().put(HttpHeader.CONNECTION, "close");
                send(response, callback, 413, null, "");
                return;
            }
            switch (signatures.verify(timestamp, signature, body)) {
                case VALID -> run(request, response, callback, new String(body, StandardCharsets.UTF_8));
                case DUPLICATE -> {
                    reject(request, "replayed signature", 200);
                    send(response, callback, 200, null, "");
                }
                default -> {
                    reject(request, "bad signature", 401);
                    send(response, callback, 401, "application/json", INVALID);
                }
            }
        }

        private void run(Request request, Response response, Callback callback, String body) throws Exception {
            Matcher eventId = EVENT_ID.matcher(body);
            if (eventId.find() && events.asMap().putIfAbsent(eventId.group(1), Boolean.TRUE) != null) {
                reject(request, "event " + eventId.group(1) + " delivered again", 200);
                send(response, callback, 200, null, "");
                return;
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField field : request.getHeaders()) {
                headers.computeIfAbsent(field.getName().toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>())
                        .add(field.getValue());
            }
            com.slack.api.bolt.request.Request<?> slackRequest;
            try {
                slackRequest = parse(request, headers, body);
            } catch (RuntimeException e) {
                // signed by Slack yet not a payload Bolt reads: nothing to run
                reject(request, "unreadable payload: " + e.getClass().getSimpleName(), 400);
                send(response, callback, 400, null, "");
                return;
            }
            if (slackRequest == null) {

                reject(request, "not a Slack payload", 400);
                send(response, callback, 400, null, "");
                return;
            }
            com.slack.api.bolt.response.Response answer = app.run(slackRequest);
            if (answer.getHeaders() != null) {
                answer.getHeaders()
                        .forEach((name, values) ->
                                values.forEach(v -> response.getHeaders().add(name, v)));
            }
            send(
                    response,
                    callback,
                    answer.getStatusCode() == null ? 200 : answer.getStatusCode(),
                    answer.getContentType(),
                    answer.getBody() == null ? "" : answer.getBody());
        }

        private com.slack.api.bolt.request.Request<?> parse(
                Request request, Map<String, List<String>> headers, String body) {
            return parser.parse(SlackRequestParser.HttpRequest.builder()
                    .requestUri(SlackBot.EVENTS_PATH)
                    .queryString(Map.of())
                    .headers(new RequestHeaders(headers))
                    .requestBody(body)
                    .remoteAddress(Request.getRemoteAddr(request))
                    .build());
        }

        private static void send(Response response, Callback callback, int status, String type, String body) {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            response.setStatus(status);
            if (type != null) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
            }
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
            response.write(true, ByteBuffer.wrap(bytes), callback);
        }

        /** One escaped, capped line per refused request, at most one a second; the rest are counted. */
        private void reject(Request request, String why, int status) {
            long now = System.nanoTime();
            long last = lastLogged.get();
            if (now - last < 1_000_000_000L || !lastLogged.compareAndSet(last, now)) {
                unlogged.incrementAndGet();
                return;
            }
            LOG.warn(
                    "Slack request refused ({}): {} from {} for {} (user agent {}); {} more refused since",
                    status,
                    LogSafe.text(why, 120),
                    LogSafe.text(Request.getRemoteAddr(request), 64),
                    LogSafe.text(request.getHttpURI().getPathQuery(), 120),
                    LogSafe.text(request.getHeaders().get(HttpHeader.USER_AGENT), 120),
                    unlogged.getAndSet(0));
        }
    }
}
