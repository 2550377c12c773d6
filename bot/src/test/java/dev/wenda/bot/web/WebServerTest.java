package dev.wenda.bot.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.ops.TricklingClient;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WebServerTest {
    @Test
    void serve_pagesStyleSheetAndRefusals_withTheirHeaders() throws Exception {
        try (var db = TestDatabases.open(Backend.H2);
                var client = HttpClient.newHttpClient()) {
            WebFixture f = new WebFixture(db.database());
            try (WebServer server = WebServer.start("127.0.0.1", 0, f.site, ZoneId.of("Asia/Shanghai"))) {
                String root = "http://127.0.0.1:" + server.port();
                HttpResponse<String> page = get(client, root + "/w/DISCORD/g1/boards?t=" + f.token() + "&lang=en");
                assertEquals(200, page.statusCode());
                assertEquals(
                        "text/html; charset=utf-8",
                        page.headers().firstValue("Content-Type").orElseThrow());
                assertEquals(
                        "no-store", page.headers().firstValue("Cache-Control").orElseThrow());
                assertEquals(
                        "no-referrer",
                        page.headers().firstValue("Referrer-Policy").orElseThrow());
                String csp =
                        page.headers().firstValue("Content-Security-Policy").orElseThrow();
                assertTrue(csp.startsWith("default-src 'none'; style-src 'self';"), csp);
                assertTrue(page.body().contains("<h1>Server leaderboard: this week</h1>"), page.body());
                assertEquals(Optional.empty(), page.headers().firstValue("Server"), "no server banner");

                HttpResponse<String> css = get(client, root + "/static/wenda.css");
                assertEquals(200, css.statusCode());
                assertEquals(
                        "public, max-age=86400",
                        css.headers().firstValue("Cache-Control").orElseThrow());
                assertEquals(WebSite.CSS, css.body());

                HttpResponse<String> missing = get(client, root + "/w/DISCORD/g1/boards?lang=en");
                assertEquals(403, missing.statusCode());
                HttpResponse<String> post = client.send(
                        HttpRequest.newBuilder(URI.create(root + "/"))
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals(405, post.statusCode());
                assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
            }
        }
    }

    @Test
    void serve_clientsSendingOneByteAndWaiting_doNotHoldBackAnotherClientsPage() throws Exception {
        try (var db = TestDatabases.open(Backend.H2);
                var client = HttpClient.newHttpClient()) {
            WebFixture f = new WebFixture(db.database());
            List<Socket> slow = new ArrayList<>();
            try (WebServer server = WebServer.start("127.0.0.1", 0, f.site, ZoneId.of("Asia/Shanghai"))) {
                // More silent clients than the server has threads: none of them may cost one.
                for (int i = 0; i < 64; i++) {
                    Socket socket = new Socket("127.0.0.1", server.port());
                    socket.getOutputStream().write('G');
                    socket.getOutputStream().flush();
                    slow.add(socket);
                }
                HttpResponse<String> page = client.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                                        + "/w/DISCORD/g1/boards?lang=en&t=" + f.token()))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

                assertEquals(200, page.statusCode());
                assertTrue(page.body().contains("<h1>Server leaderboard: this week</h1>"), page.body());
            } finally {
                for (Socket socket : slow) {
                    socket.close();
                }
            }
        }
    }

    @Test
    void serve_clientSilentPastTheIdleTimeout_isDisconnected() throws Exception {
        try (var db = TestDatabases.open(Backend.H2)) {
            WebFixture f = new WebFixture(db.database());
            try (WebServer server = WebServer.start(
                            "127.0.0.1", 0, f.site, ZoneId.of("Asia/Shanghai"), Duration.ofMillis(300));
                    Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write('G');
                socket.getOutputStream().flush();

                // Blocks until the server ends the connection; a socket timeout would fail the test.
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

                assertEquals("", answer);
            }
        }
    }

    @Test
    void serve_headersOverTheLimit_areRefusedWith431AndNoPage() throws Exception {
        try (var db = TestDatabases.open(Backend.H2)) {
            WebFixture f = new WebFixture(db.database());
            try (WebServer server = WebServer.start("127.0.0.1", 0, f.site, ZoneId.of("Asia/Shanghai"));
                    Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.setSoTimeout(10_000);
                String request = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "x".repeat(WebServer.MAX_HEADERS)
                        + "\r\nConnection: close\r\n\r\n";
                socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();

                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

                assertTrue(answer.startsWith("HTTP/1.1 431 "), answer);
                assertTrue(answer.endsWith("\r\n\r\n"), "no body: " + answer);
                assertFalse(answer.toLowerCase(Locale.ROOT).contains("server:"), answer);
                assertFalse(answer.contains("Exception"), answer);
            }
        }
    }

    @Test
    @DisplayName("a request head trickled one byte a second is cut off unanswered at the head deadline")
    void serve_headTrickledPastTheDeadline_isClosedUnanswered() throws Exception {
        try (var db = TestDatabases.open(Backend.H2)) {
            WebFixture f = new WebFixture(db.database());
            Duration deadline = Duration.ofSeconds(2);
            try (WebServer server = WebServer.start(
                    "127.0.0.1",
                    0,
                    f.site,
                    ZoneId.of("Asia/Shanghai"),
                    WebServer.settings().withHeadDeadline(deadline))) {
                String head = "GET /static/wenda.css HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/css\r\n\r\n";

                TricklingClient.Outcome outcome = TricklingClient.send(server.port(), head, Duration.ofSeconds(1));

                assertTrue(outcome.closed(), "closed after " + outcome.sent() + " of " + head.length() + " bytes");
                assertEquals("", outcome.answer());
                assertTrue(outcome.closedAfter().compareTo(deadline) >= 0, "closed after " + outcome.closedAfter());
            }
        }
    }

    @Test
    void query_decodesFirstValuesAndDropsBrokenPairs() {
        assertEquals(Map.of("a", "x y", "b", "中", "c", ""), WebServer.query("a=x+y&a=2&b=%E4%B8%AD&c&=z&d=%zz"));
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
