package dev.wenda.bot.slack.fake;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * A fake Slack Web API on 127.0.0.1: answers the methods the adapter and Bolt call ({@code
 * auth.test}, {@code chat.*}, {@code users.info}, {@code views.publish}, {@code views.open}, {@code
 * apps.connections.open}, {@code bots.info}) and every {@code response_url} it hands out
 * ({@code /response/<id>}), serves a shared file at {@link #fileUrl} (on the Web API's origin, where
 * the adapter may send its token), and records each request so tests can wait for it.
 */
public final class FakeSlackApi implements AutoCloseable {
    public static final String TEAM = "T0001";
    public static final String BOT_USER = "U0BOT";

    /** One recorded request: {@code name} is the API method or {@code response/<id>}. */
    public record Call(String name, Map<String, String> form, String body, String authorization, String response) {
        public String param(String key) {
            String value = form.get(key);
            if (value == null) {
                throw new AssertionError("no '" + key + "' in " + name + ": " + form);
            }
            return value;
        }
    }

    private record User(String name, boolean admin, String locale) {}

    /** A failure to answer with instead of the normal response: an HTTP status, or {@code ok:false} with an error. */
    private record Fault(int status, Optional<String> retryAfter, Optional<String> error) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final AtomicInteger messages = new AtomicInteger();
    private final Map<String, Deque<Fault>> faults = new ConcurrentHashMap<>();
    private volatile String socketUrl = "ws://127.0.0.1:1/";
    private final List<java.util.function.Consumer<Call>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean keepCalls = true;
    private volatile byte[] file = new byte[0];
    private final Map<String, CountDownLatch> held = new ConcurrentHashMap<>();

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    /** The Web API base for {@code SlackConfig#setMethodsEndpointUrlPrefix}. */
    public String apiBase() {
        return base() + "/api/";
    }

    public String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    /** The {@code url_private_download} of a file named {@code name}, served by {@link #serveFile}. */
    public String fileUrl(String name) {
        return base() + "/files-pri/" + TEAM + "-F1/" + name;
    }

    /** The bytes every {@link #fileUrl} answers with. */
    public void serveFile(byte[] bytes) {
        this.file = bytes.clone();
    }

    /**
     * Holds requests named {@code name}: each is recorded, then waits for {@code release.run()}
     * before it is answered (a slow Slack).
     */
    public Runnable hold(String name) {
        CountDownLatch latch = new CountDownLatch(1);
        held.put(name, latch);
        return latch::countDown;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The URL {@code apps.connections.open} hands out. */
    public void socketModeUrl(String url) {
        this.socketUrl = url;
    }

    /** Calls {@code listener} with every request, after it is answered (load drivers). */
    public void onCall(java.util.function.Consumer<Call> listener) {
        listeners.add(listener);
    }

    /** Whether requests are kept for {@link #await}; a long load run turns this off to keep memory flat. */
    public void keepCalls(boolean keep) {
        this.keepCalls = keep;
    }

    /** Makes {@code users.info} know a user. */
    public void user(String id, String name, boolean admin, String locale) {
        users.put(id, new User(name, admin, locale));
    }

    /**
     * Answers the next {@code times} requests named {@code name} with HTTP {@code status} (and a
     * {@code Retry-After} header when given) instead of the normal response; {@code times} may be
     * {@link Integer#MAX_VALUE} for "from now on".
     */
    public void fail(String name, int status, Optional<String> retryAfter, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(name, k -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < Math.min(times, 1000); i++) {
                queue.add(new Fault(status, retryAfter, Optional.empty()));
            }
        }
    }

    /** Answers the next {@code times} requests named {@code name} with HTTP 200 and {@code {"ok":false,"error":error}}. */
    public void answerError(String name, String error, int times) {
        Deque<Fault> queue = faults.computeIfAbsent(name, k -> new ArrayDeque<>());
        synchronized (queue) {
            for (int i = 0; i < Math.min(times, 1000); i++) {
                queue.add(new Fault(200, Optional.empty(), Optional.of(error)));
            }
        }
    }

    private Optional<Fault> nextFault(String name) {
        Deque<Fault> queue = faults.get(name);
        if (queue == null) {
            return Optional.empty();
        }
        synchronized (queue) {
            return Optional.ofNullable(queue.poll());
        }
    }

    /** Waits for the first request named {@code name} that matches. */
    public Call await(String name, Predicate<Call> matching, Duration timeout) throws InterruptedException {
        return awaitAll(name, matching, 1, timeout).getFirst();
    }

    public Call await(String name, Duration timeout) throws InterruptedException {
        return await(name, call -> true, timeout);
    }

    /** Waits until {@code count} matching requests named {@code name} have arrived; returns them in order. */
    public synchronized List<Call> awaitAll(String name, Predicate<Call> matching, int count, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Call> found = calls(name).stream().filter(matching).toList();
            if (found.size() >= count) {
                return found;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(
                        "timed out waiting for " + count + " x " + name + "; got " + names() + " / " + found);
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public synchronized List<Call> calls(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).toList();
    }

    public synchronized List<String> names() {
        return calls.stream().map(Call::name).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        String name = path.startsWith("/api/") ? path.substring(5) : path.substring(1);
        String contentType = exchange.getRequestHeaders().getFirst("Content-Type");
        Map<String, String> form = contentType != null && contentType.startsWith("application/x-www-form-urlencoded")
                ? parseForm(body)
                : Map.of();
        Optional<Fault> fault = nextFault(name);
        Optional<String> error = fault.flatMap(Fault::error);
        if (error.isPresent()) {
            fault = Optional.empty();
        }
        String answer = fault.isPresent()
                ? "HTTP " + fault.get().status()
                : error.map(e -> "{\"ok\":false,\"error\":\"" + e + "\"}").orElseGet(() -> answer(name, form));
        Call call = new Call(name, form, body, exchange.getRequestHeaders().getFirst("Authorization"), answer);
        if (keepCalls) {
            synchronized (this) {
                calls.add(call);
                notifyAll();
            }
        }
        CountDownLatch hold = held.get(name);
        if (hold != null) {
            try {
                hold.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (name.startsWith("files-pri/")) {
            byte[] bytes = file;
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
            return;
        }
        if (fault.isPresent()) {
            fault.get().retryAfter().ifPresent(value -> exchange.getResponseHeaders()
                    .set("Retry-After", value));
            byte[] bytes = (fault.get().status() == 429 ? "{\"ok\":false,\"error\":\"ratelimited\"}" : "server error")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fault.get().status(), bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
            return;
        }
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders()
                .set(
                        "Content-Type",
                        name.startsWith("response/") || name.startsWith("upload/")
                                ? "text/html"
                                : "application/json; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
        listeners.forEach(listener -> listener.accept(call));
    }

    private String answer(String name, Map<String, String> form) {
        if (name.startsWith("response/")) {
            return "ok";
        }
        if (name.startsWith("upload/")) {
            return "OK";
        }
        if (name.startsWith("files-pri/")) {
            return "file";
        }
        return switch (name) {
            case "auth.test" -> """
                {"ok":true,"url":"https://fake.slack.test/","team":"Fake","user":"bot","team_id":"T0001",\
                "user_id":"U0BOT","bot_id":"B0BOT","is_enterprise_install":false}""";
            case "apps.connections.open" -> "{\"ok\":true,\"url\":\"" + socketUrl + "\"}";
            case "chat.postMessage" -> {
                String ts = "1700000000.%06d".formatted(messages.incrementAndGet());
                yield "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"" + ts + "\"}";
            }
            case "chat.update" ->
                "{\"ok\":true,\"channel\":\"" + form.get("channel") + "\",\"ts\":\"" + form.get("ts") + "\"}";
            case "chat.postEphemeral" -> "{\"ok\":true,\"message_ts\":\"1700000099.000001\"}";
            case "files.getUploadURLExternal" ->
                "{\"ok\":true,\"upload_url\":\"" + base() + "/upload/F0001\",\"file_id\":\"F0001\"}";
            case "files.completeUploadExternal" ->
                "C0NOTIN".equals(form.get("channel_id"))
                        ? "{\"ok\":false,\"error\":\"not_in_channel\"}"
                        : "{\"ok\":true,\"files\":[{\"id\":\"F0001\"}]}";
            case "conversations.open" -> "{\"ok\":true,\"channel\":{\"id\":\"D0" + form.get("users") + "\"}}";
            case "views.publish" -> "{\"ok\":true,\"view\":{\"id\":\"V0001\",\"type\":\"home\"}}";
            case "views.open" -> "{\"ok\":true,\"view\":{\"id\":\"V0002\",\"type\":\"modal\"}}";
            case "bots.info" -> "{\"ok\":true,\"bot\":{\"id\":\"B0BOT\",\"user_id\":\"U0BOT\",\"name\":\"wenda\"}}";
            case "users.info" -> usersInfo(form.get("user"));
            default -> "{\"ok\":false,\"error\":\"unknown_method\"}";
        };
    }

    private String usersInfo(String id) {
        User user = users.get(id);
        if (user == null) {
            return "{\"ok\":false,\"error\":\"user_not_found\"}";
        }
        return """
                {"ok":true,"user":{"id":"%s","team_id":"T0001","name":"%s","real_name":"%s","is_admin":%s,\
                "is_owner":false,"locale":"%s","profile":{"display_name":"%s","real_name":"%s"}}}""".formatted(id, user.name, user.name, user.admin, user.locale, user.name, user.name);
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            form.put(key, value);
        }
        return form;
    }

    @Override
    public void close() {
        held.values().forEach(CountDownLatch::countDown);
        server.stop(0);
        executor.shutdownNow();
    }
}
