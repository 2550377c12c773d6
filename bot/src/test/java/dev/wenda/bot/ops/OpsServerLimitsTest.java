package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpsServerLimitsTest {
    private static final OpsServer.Limits SHORT = new OpsServer.Limits(
            Duration.ofMillis(300), Duration.ofMillis(600), 64, 64, Duration.ofSeconds(1), Duration.ofMillis(300));

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicReference<ReadinessCheck.Status> database =
            new AtomicReference<>(ReadinessCheck.Status.failing("connection refused"));
    private final CountDownLatch release = new CountDownLatch(1);
    private final AtomicReference<Boolean> hang = new AtomicReference<>(false);
    private final List<Socket> sockets = new ArrayList<>();
    private final OpsServer server = OpsServer.start(
            "127.0.0.1",
            0,
            () -> "wenda_up 1\n",
            List.of(ReadinessCheck.of("database", () -> {
                if (hang.get()) {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return database.get();
            })),
            SHORT,
            nanos::get);
    private final HttpClient client =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        for (Socket socket : sockets) {
            socket.close();
        }
        server.close();
        client.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .timeout(Duration.ofSeconds(2))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private Socket slowClient() throws Exception {
        Socket socket = new Socket("127.0.0.1", server.port());
        sockets.add(socket);
        socket.getOutputStream().write('G');
        socket.getOutputStream().flush();
        return socket;
    }

    @Test
    @DisplayName("/healthz answers while 50 clients hold connections open after one byte")
    void healthz_withSlowClients_answers() throws Exception {
        for (int i = 0; i < 50; i++) {
            slowClient();
        }
        HttpResponse<String> response = get("/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"alive\"}", response.body());
    }

    @Test
    @DisplayName("a client that stops sending mid-request has its connection closed, unanswered, at the idle timeout")
    void slowClient_isClosedAtIdleTimeout() throws Exception {
        long start = System.nanoTime();
        Socket socket = slowClient();
        socket.setSoTimeout(5_000);
        String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("", answer);
        assertTrue(millis >= 300 && millis < 5_000, "closed after " + millis + " ms");
    }

    @Test
    @DisplayName("a client trickling one byte at a time, never idle, is closed at the request head deadline")
    void tricklingClient_isClosedAtDeadline() throws Exception {
        Socket socket = new Socket("127.0.0.1", server.port());
        sockets.add(socket);
        OutputStream out = socket.getOutputStream();
        long start = System.nanoTime();
        socket.setSoTimeout(100); // a byte every 100 ms: well inside the 300 ms idle timeout
        byte[] request =
                "GET /healthz HTTP/1.1\r\nX-Pad: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes();
        String answer = null;
        int sent = 0;
        while (answer == null && sent < request.length) {
            try {
                out.write(request[sent]);
                out.flush();
                sent++;
                answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            } catch (java.net.SocketTimeoutException e) {
                // still open: the next byte follows after the read's 100 ms
            } catch (java.net.SocketException e) {
                answer = ""; // closed while we were writing
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals("", answer, "closed without an answer");
        assertTrue(sent < request.length, "closed after " + sent + " of " + request.length + " bytes");
        assertTrue(millis >= 600 && millis < 5_000, "closed after " + millis + " ms");
    }

    @Test
    @DisplayName("a request head over 8 KB is answered 431; a malformed request line or no Host 400; POST 405")
    void badRequests_getSpecificStatuses() throws Exception {
        assertEquals(
                "HTTP/1.1 431 Request Header Fields Too Large",
                raw("GET /healthz HTTP/1.1\r\nHost: x\r\nX: " + "a".repeat(9000)));
        assertEquals("HTTP/1.1 400 Bad Request", raw("nonsense\r\n\r\n"));
        assertEquals("HTTP/1.1 400 Bad Request", raw("GET /healthz HTTP/1.1\r\n\r\n"));
        assertEquals("HTTP/1.1 405 Method Not Allowed", raw("POST /healthz HTTP/1.1\r\nHost: x\r\n\r\n"));
        assertEquals("HTTP/1.1 200 OK", raw("GET /healthz?x=1 HTTP/1.1\r\nHost: x\r\n\r\n"));
    }

    @Test
    @DisplayName("connections over the limit wait in the listen queue and are served once a slot frees")
    void overLimit_waitsForAFreeSlot() throws Exception {
        long start = System.nanoTime();
        try (OpsServer small = OpsServer.start(
                        "127.0.0.1",
                        0,
                        () -> "",
                        List.of(),
                        new OpsServer.Limits(
                                Duration.ofMillis(300),
                                Duration.ofMillis(600),
                                2,
                                64,
                                Duration.ofSeconds(1),
                                Duration.ofMillis(300)),
                        nanos::get);
                Socket first = new Socket("127.0.0.1", small.port());
                Socket second = new Socket("127.0.0.1", small.port());
                Socket probe = new Socket("127.0.0.1", small.port())) {
            first.getOutputStream().write('G');
            second.getOutputStream().write('G');
            probe.setSoTimeout(5_000);
            probe.getOutputStream()
                    .write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(probe.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
            assertTrue(millis >= 300, "served after " + millis + " ms, before a slot was free");
        }
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertTrue(!answer.contains("Server:"), answer);
            return answer.substring(0, answer.indexOf("\r\n"));
        }
    }

    @Test
    @DisplayName("a hanging readiness check makes /readyz 503 within the check timeout, and /healthz does not wait")
    void hangingCheck_isBounded() throws Exception {
        hang.set(true);
        long start = System.nanoTime();
        HttpResponse<String> ready = get("/readyz");
        assertEquals(503, ready.statusCode());
        assertEquals(
                "{\"status\":\"not ready\",\"failing\":[\"database\"],\"checks\":{\"database\":\"no answer within 300 ms\"}}",
                ready.body());
        assertTrue((System.nanoTime() - start) / 1_000_000 < 3_000);
        assertEquals(200, get("/healthz").statusCode());
    }

    @Test
    @DisplayName("/healthz answers at once while more /readyz probes than server threads wait past the idle timeout")
    void healthz_whileManyReadyzWait_answersAtOnce() throws Exception {
        hang.set(true);
        try (OpsServer slow = OpsServer.start(
                "127.0.0.1",
                0,
                () -> "",
                List.of(ReadinessCheck.of("database", () -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return database.get();
                })),
                new OpsServer.Limits(
                        Duration.ofMillis(300),
                        Duration.ofMillis(600),
                        64,
                        64,
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2)),
                nanos::get)) {
            String base = "http://127.0.0.1:" + slow.port();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                waiting.add(client.sendAsync(
                        HttpRequest.newBuilder(URI.create(base + "/readyz"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            long start = System.nanoTime();
            HttpResponse<String> health = client.send(
                    HttpRequest.newBuilder(URI.create(base + "/healthz"))
                            .timeout(Duration.ofSeconds(10))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(200, health.statusCode());
            assertTrue(millis < 1_000, "/healthz took " + millis + " ms");
            for (var ready : waiting) {
                assertEquals(
                        "{\"status\":\"not ready\",\"failing\":[\"database\"],\"checks\":{\"database\":\"no answer"
                                + " within 2000 ms\"}}",
                        ready.get().body());
            }
        }
    }

    @Test
    @DisplayName("/readyz reuses results within the time to live and sees a returned database after it")
    void readyz_recoversAfterTtl() throws Exception {
        assertEquals(503, get("/readyz").statusCode());
        database.set(ReadinessCheck.Status.ok());
        assertEquals(503, get("/readyz").statusCode(), "cached within the time to live");
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        HttpResponse<String> ready = get("/readyz");
        assertEquals(200, ready.statusCode(), ready.body());
        assertEquals("{\"status\":\"ready\",\"checks\":{\"database\":\"ok\"}}", ready.body());
    }
}
