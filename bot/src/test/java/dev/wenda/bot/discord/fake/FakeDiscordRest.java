package dev.wenda.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discord's REST API on 127.0.0.1, just enough for JDA: the bot user, {@code /gateway/bot},
 * command registration, interaction callbacks, webhook follow-ups and channel messages. Records
 * every request so tests can wait for one and assert on its body.
 */
public final class FakeDiscordRest implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CHANNEL_MESSAGE = Pattern.compile("/api/v10/channels/(\\d+)/messages(?:/(\\d+))?");
    private static final Pattern WEBHOOK = Pattern.compile("/api/v10/webhooks/\\d+/[^/]+(?:/messages/(.+))?");

    private final HttpServer server;
    private final String gatewayUrl;
    private final List<Recorded> requests = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();

    /** A failure answered instead of the normal response, {@code left} more times. */
    private static final class Fault {
        final String method;
        final Predicate<String> path;
        final int status;
        final String retryAfter;
        int left;

        Fault(String method, Predicate<String> path, int status, String retryAfter, int left) {
            this.method = method;
            this.path = path;
            this.status = status;
            this.retryAfter = retryAfter;
            this.left = left;
        }
    }

    private final List<java.util.function.Consumer<Recorded>> listeners =
            new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean keepRequests = true;

    /** One request JDA made. {@code body} is the JSON payload (the {@code payload_json} part of a multipart). */
    public record Recorded(String method, String path, String contentType, String rawBody) {
        public JsonNode json() {
            String body = rawBody;
            if (contentType.startsWith("multipart/")) {
                Matcher m = Pattern.compile("name=\"payload_json\".*?\\r\\n\\r\\n(.*?)\\r\\n--", Pattern.DOTALL)
                        .matcher(rawBody);
                body = m.find() ? m.group(1) : "{}";
            }
            try {
                return body.isEmpty() ? JSON.createObjectNode() : JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public boolean is(String method, String path) {
            return this.method.equals(method) && this.path.equals(path);
        }
    }

    public FakeDiscordRest(String gatewayUrl) {
        this(gatewayUrl, 2);
    }

    /** With {@code threads} request threads (load drivers use more than the tests' two). */
    public FakeDiscordRest(String gatewayUrl, int threads) {
        this.gatewayUrl = gatewayUrl;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("fake-rest-", 1).daemon(true).factory()));
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Answers the next {@code times} {@code method} requests whose path matches with HTTP {@code
     * status} instead of the normal response. A 429 comes as Discord sends one: a {@code Retry-After}
     * header of {@code retryAfterSeconds}, {@code X-RateLimit-Scope: user}, a {@code Via} header (so
     * JDA does not take it for a Cloudflare ban) and a JSON body with {@code retry_after}.
     */
    public synchronized void fail(String method, Predicate<String> path, int status, int retryAfterSeconds, int times) {
        faults.add(new Fault(method, path, status, Integer.toString(retryAfterSeconds), times));
    }

    /** Status codes answered so far to requests matching {@code method} and {@code path}, in order. */
    public synchronized List<Integer> statuses(String method, String path) {
        return requests.stream()
                .filter(r -> r.is(method, path))
                .map(r -> statuses.getOrDefault(r, 200))
                .toList();
    }

    private final java.util.Map<Recorded, Integer> statuses = new java.util.IdentityHashMap<>();

    private synchronized Optional<Fault> takeFault(String method, String path) {
        for (Fault fault : faults) {
            if (fault.left > 0 && fault.method.equals(method) && fault.path.test(path)) {
                fault.left--;
                return Optional.of(fault);
            }
        }
        return Optional.empty();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
    }

    /** Calls {@code listener} with every request, after it is answered (load drivers). */
    public void onRequest(java.util.function.Consumer<Recorded> listener) {
        listeners.add(listener);
    }

    /** Whether requests are kept for {@link #await}; a long load run turns this off to keep memory flat. */
    public void keepRequests(boolean keep) {
        this.keepRequests = keep;
    }

    public synchronized List<Recorded> requests() {
        return List.copyOf(requests);
    }

    /** Waits for the first request (in order of arrival) that matches; fails after {@code timeout}. */
    public Recorded await(Predicate<Recorded> match, Duration timeout) throws InterruptedException {
        return awaitAll(match, 1, timeout).get(0);
    }

    public Recorded await(String method, String path) throws InterruptedException {
        return await(r -> r.is(method, path), Duration.ofSeconds(5));
    }

    /** Waits until {@code count} requests match; returns them in order of arrival. */
    public synchronized List<Recorded> awaitAll(Predicate<Recorded> match, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Recorded> found = requests.stream().filter(match).toList();
            if (found.size() >= count) {
                return found.subList(0, count);
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + count + " matching requests; got " + found.size()
                        + "; all requests: " + describe());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    private String describe() {
        return requests.stream().map(r -> r.method() + " " + r.path()).toList().toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String contentType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type"))
                .orElse("");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Recorded recorded = new Recorded(method, path, contentType, body);
        Optional<Fault> fault = takeFault(method, path);
        String response = respond(recorded);
        if (keepRequests) {
            synchronized (this) {
                requests.add(recorded);
                fault.ifPresent(f -> statuses.put(recorded, f.status));
                notifyAll();
            }
        }
        if (fault.isPresent()) {
            Fault f = fault.get();
            byte[] bytes = (f.status == 429
                            ? "{\"message\":\"You are being rate limited.\",\"retry_after\":" + f.retryAfter
                                    + ",\"global\":false}"
                            : "{\"message\":\"Server error " + f.status + "\",\"code\":0}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (f.status == 429) {
                exchange.getResponseHeaders().add("Retry-After", f.retryAfter);
                exchange.getResponseHeaders().add("X-RateLimit-Scope", "user");
                exchange.getResponseHeaders().add("Via", "1.1 google");
            }
            exchange.sendResponseHeaders(f.status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
            return;
        }
        if (response == null) {
            exchange.sendResponseHeaders(204, -1);
        } else {
            byte[] bytes = response.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
        listeners.forEach(listener -> listener.accept(recorded));
    }

    /** The JSON to answer with, or null for 204 No Content. */
    private String respond(Recorded request) {
        String path = request.path();
        if (path.equals("/api/v10/users/@me")) {
            return DiscordPayloads.selfUser().toString();
        }
        if (path.equals("/api/v10/gateway/bot")) {
            ObjectNode gateway = JSON.createObjectNode().put("url", gatewayUrl).put("shards", 1);
            gateway.putObject("session_start_limit")
                    .put("total", 1000)
                    .put("remaining", 1000)
                    .put("reset_after", 0)
                    .put("max_concurrency", 1);
            return gateway.toString();
        }
        if (path.endsWith("/commands")) {
            return "[]";
        }
        if (path.endsWith("/callback") || request.method().equals("DELETE")) {
            return null;
        }
        Matcher channel = CHANNEL_MESSAGE.matcher(path);
        if (channel.matches()) {
            String id = channel.group(2) != null ? channel.group(2) : DiscordPayloads.snowflake();
            return DiscordPayloads.botMessage(id, null).toString();
        }
        Matcher webhook = WEBHOOK.matcher(path);
        if (webhook.matches()) {
            return DiscordPayloads.botMessage(DiscordPayloads.snowflake(), null).toString();
        }
        return "{}";
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
