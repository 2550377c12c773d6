package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HardenedJettyTest {
    private static final Duration DEADLINE = Duration.ofSeconds(2);
    private static final HardenedJetty.Settings SETTINGS =
            new HardenedJetty.Settings("wenda-test-http", 8, 16, 16, 4 * 1024, Duration.ofSeconds(10), DEADLINE, true);
    /** A request head of 60 bytes: a minute at a byte a second. */
    private static final String HEAD = "GET /page HTTP/1.1\r\nHost: x\r\nX-Pad: " + "a".repeat(20) + "\r\n\r\n";

    private final AtomicInteger handled = new AtomicInteger();
    private final HardenedJetty jetty = HardenedJetty.create("127.0.0.1", 0, SETTINGS, new Handler.Abstract() {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            handled.incrementAndGet();
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 2);
            response.write(true, ByteBuffer.wrap("ok".getBytes(StandardCharsets.US_ASCII)), callback);
            return true;
        }
    });

    @AfterEach
    void stop() {
        jetty.close();
    }

    @Test
    @DisplayName("a request head trickled one byte a second is cut off unanswered at the deadline; no handler runs")
    void trickledHead_isClosedAtTheDeadline_unhandled() throws Exception {
        jetty.start();
        TricklingClient.Outcome outcome = TricklingClient.send(jetty.port(), HEAD, Duration.ofSeconds(1));

        assertTrue(outcome.closed(), "closed after " + outcome.sent() + " of " + HEAD.length() + " bytes");
        assertEquals("", outcome.answer());
        assertTrue(outcome.closedAfter().compareTo(DEADLINE) >= 0, "closed after " + outcome.closedAfter());
        assertEquals(0, handled.get());
    }

    @Test
    @DisplayName("on a kept-alive connection, a second request head trickled after the first answer is cut off too")
    void keptAlive_secondTrickledHead_isClosed() throws Exception {
        jetty.start();
        try (Socket socket = new Socket("127.0.0.1", jetty.port())) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(HEAD.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = readAnswer(in);
            assertTrue(first.startsWith("HTTP/1.1 200 OK\r\n") && first.endsWith("\r\n\r\nok"), first);
            socket.setSoTimeout(500);
            int sent = 0;
            boolean closed = false;
            long start = System.nanoTime();
            while (!closed && sent < HEAD.length()) {
                try {
                    out.write(HEAD.charAt(sent));
                    out.flush();
                    sent++;
                    closed = in.read() < 0;
                } catch (SocketTimeoutException stillOpen) {
                    // the next byte follows
                } catch (SocketException reset) {
                    closed = true;
                }
            }
            Duration after = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(closed, "still open after " + sent + " bytes");
            assertTrue(after.compareTo(DEADLINE) >= 0, "closed after " + after);
        }
        assertEquals(1, handled.get());
    }

    @Test
    @DisplayName("a whole request is answered without a server banner")
    void wholeRequest_isAnswered() throws Exception {
        jetty.start();
        try (Socket socket = new Socket("127.0.0.1", jetty.port())) {
            socket.getOutputStream().write(HEAD.getBytes(StandardCharsets.US_ASCII));
            String answer = readAnswer(socket.getInputStream());
            assertTrue(answer.startsWith("HTTP/1.1 200 OK\r\n"), answer);
            assertTrue(!answer.contains("Server:"), answer);
        }
        assertEquals(1, handled.get());
    }

    @Test
    @DisplayName("settings name the bad value: too few threads, a zero deadline")
    void settings_badValues_areNamed() {
        IllegalArgumentException threads = assertThrows(
                IllegalArgumentException.class,
                () -> new HardenedJetty.Settings("x", 2, 1, 1, 1, Duration.ofSeconds(1), DEADLINE, true));
        assertEquals("maxThreads must be at least 4, was 2", threads.getMessage());
        IllegalArgumentException deadline =
                assertThrows(IllegalArgumentException.class, () -> SETTINGS.withHeadDeadline(Duration.ZERO));
        assertEquals("idleTimeout and headDeadline must be positive, were PT10S, PT0S", deadline.getMessage());
    }

    @Test
    @DisplayName("a port in use is reported with the address")
    void start_portInUse_namesTheAddress() {
        jetty.start();
        HardenedJetty second = HardenedJetty.create("127.0.0.1", jetty.port(), SETTINGS, new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                return false;
            }
        });
        java.io.UncheckedIOException failure = assertThrows(java.io.UncheckedIOException.class, second::start);
        assertTrue(
                failure.getMessage().startsWith("cannot listen on 127.0.0.1:" + jetty.port() + ": "),
                failure.getMessage());
    }

    /** Reads one answer with a {@code Content-Length} body. */
    private static String readAnswer(InputStream in) throws Exception {
        StringBuilder answer = new StringBuilder();
        int end = -1;
        int length = -1;
        while (end < 0 || answer.length() < end + 4 + length) {
            int n = in.read();
            if (n < 0) {
                break;
            }
            answer.append((char) n);
            if (end < 0 && answer.toString().endsWith("\r\n\r\n")) {
                end = answer.length() - 4;
                String head = answer.toString();
                length = Integer.parseInt(head.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
            }
        }
        return answer.toString();
    }
}
