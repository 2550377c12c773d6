package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.slack.api.app_backend.SlackSignature;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.ops.TricklingClient;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.testing.Golden;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The Slack HTTP endpoint as the internet sees it: real Bolt and Jetty on loopback, signed and unsigned. */
class SlackEndpointHardeningTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private FakeSlackApi api;
    private SlackBot bot;
    private SlackRequests slack;
    private final AtomicInteger handled = new AtomicInteger();
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger endpointLog = (Logger) LoggerFactory.getLogger(SlackHttpEndpoint.class);

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        ChatDispatcher service = new ChatDispatcher(
                request -> handled(Reply.text("answer")),
                request -> handled(Reply.text("quiz")),
                request -> handled(Reply.text("calc")),
                new HelpService());
        bot = new SlackBot(
                SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                        .withApiBaseUrl(api.apiBase()),
                service);
        bot.start();
        slack = new SlackRequests(bot.httpPort());
        logs.start();
        endpointLog.addAppender(logs);
    }

    @AfterEach
    void stop() {
        endpointLog.detachAppender(logs);
        bot.stop();
        api.close();
    }

    /** Sends raw bytes and returns the whole answer (the server closes or answers within 5 s). */
    private String raw(String head, byte[] body) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", bot.httpPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] answer = new byte[16 * 1024];
            int length = 0;
            try {
                for (int n; length < answer.length && (n = in.read(answer, length, answer.length - length)) > 0; ) {
                    length += n;
                    String text = new String(answer, 0, length, StandardCharsets.ISO_8859_1);
                    int end = text.indexOf("\r\n\r\n");
                    if (end >= 0 && text.contains("Content-Length: ")) {
                        int declared = Integer.parseInt(text.replaceAll("(?s).*Content-Length: (\\d+).*", "$1"));
                        if (length >= end + 4 + declared) {
                            break;
                        }
                    }
                }
            } catch (java.net.SocketException e) {
                // the server closed after answering
            }
            return new String(answer, 0, length, StandardCharsets.ISO_8859_1);
        }
    }

    private Reply handled(Reply reply) {
        handled.incrementAndGet();
        return reply;
    }

    private static void assertNoLeak(String answer) {
        assertFalse(answer.contains("Exception"), answer);
        assertFalse(answer.contains("\tat "), answer);
        assertFalse(answer.toLowerCase(java.util.Locale.ROOT).contains("jetty"), answer);
        assertFalse(answer.contains("Server:"), answer);
    }

    @Test
    @DisplayName("unsigned requests with a malformed form or a non-JSON payload get 401 and no trace or banner")
    void unsigned_malformed_is401WithoutTrace() throws Exception {
        for (String body : new String[] {"payload=%zz%", "payload=not-json{", "a=b&&&=%"}) {
            String answer = raw(
                    "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM + "\r\nContent-Length: "
                            + body.length() + "\r\nConnection: close\r\n\r\n",
                    body.getBytes(StandardCharsets.UTF_8));
            assertTrue(answer.startsWith("HTTP/1.1 401 "), answer);
            assertTrue(answer.endsWith("{\"error\":\"invalid request\"}"), answer);
            assertNoLeak(answer);
        }
    }

    @Test
    @DisplayName(
            "with Bolt's own check off, a well-formed /wenda unsigned or signed with another secret gets 401 and runs nothing")
    void wellFormed_unsignedOrForged_is401AndNotRun() throws Exception {
        String body = SlackRequests.slashCommand("C1", "U1", "ada", "ask what is dropout", api.responseUrl("wf-1"));
        String unsigned = raw(
                "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM + "\r\nContent-Length: "
                        + body.length() + "\r\nConnection: close\r\n\r\n",
                body.getBytes(StandardCharsets.UTF_8));
        assertTrue(unsigned.startsWith("HTTP/1.1 401 "), unsigned);
        long ts = System.currentTimeMillis() / 1000;
        String forged = new SlackSignature.Generator("not-the-signing-secret").generate(Long.toString(ts), body);
        assertEquals(401, slack.post(body, FORM, ts, forged).statusCode());
        HttpResponse<String> signed = slack.post(body, FORM);
        assertEquals(200, signed.statusCode(), signed.body());
        assertEquals(
                "answer",
                Golden.parse(api.await("response/wf-1", WAIT).body())
                        .get("text")
                        .asText());
        assertEquals(1, handled.get());
    }

    @Test
    @DisplayName("a request head trickled one byte a second is cut off unanswered at the head deadline; nothing runs")
    void trickledHead_isClosedAtTheDeadline() throws Exception {
        String head = "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM
                + "\r\nX-Slack-Request-Timestamp: 1\r\nContent-Length: 2\r\n\r\n";

        TricklingClient.Outcome outcome = TricklingClient.send(bot.httpPort(), head, Duration.ofSeconds(1));

        assertTrue(outcome.closed(), "closed after " + outcome.sent() + " of " + head.length() + " bytes");
        assertEquals("", outcome.answer());
        assertTrue(
                outcome.closedAfter().compareTo(SlackHttpEndpoint.HEAD_DEADLINE) >= 0,
                "closed after " + outcome.closedAfter());
        assertEquals(0, handled.get());
        assertEquals(
                java.util.List.of(),
                logs.list.stream().map(ILoggingEvent::getFormattedMessage).toList());
    }

    @Test
    @DisplayName(
            "a body trickled one byte a second after a plausible head is cut off at the body deadline; nothing runs")
    void trickledBody_isClosedAtTheDeadline() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String body = "payload=" + "x".repeat(40);
        String head = "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM
                + "\r\nX-Slack-Request-Timestamp: " + now + "\r\nX-Slack-Signature: v0=00\r\nContent-Length: "
                + body.length() + "\r\n\r\n";

        TricklingClient.Outcome outcome =
                TricklingClient.sendBodySlowly(bot.httpPort(), head, body, Duration.ofSeconds(1));

        assertTrue(outcome.closed(), "closed after " + outcome.sent() + " of " + body.length() + " bytes");
        assertEquals("", outcome.answer());
        assertTrue(
                outcome.closedAfter().compareTo(SlackHttpEndpoint.BODY_DEADLINE.minusSeconds(1)) >= 0,
                "closed after " + outcome.closedAfter());
        assertEquals(0, handled.get());
    }

    @Test
    @DisplayName("a signed request with a non-JSON payload gets an answer without a trace or banner")
    void signed_nonJsonPayload_noTrace() throws Exception {
        HttpResponse<String> response = slack.post("payload=not-json%7B", FORM);
        assertEquals(400, response.statusCode());
        assertEquals("", response.body());
        assertTrue(response.headers().firstValue("Server").isEmpty());
    }

    @Test
    @DisplayName("a 100 MB body is refused from its length in well under a second: 401 unsigned, 413 signed")
    void hugeBody_isRefusedFromItsLength() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        String signature = new SlackSignature.Generator(SlackRequests.SECRET).generate(String.valueOf(now), "x");
        String head =
                "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM + "\r\nContent-Length: 104857600\r\n";
        long start = System.nanoTime();
        String unsigned = raw(head + "\r\n", new byte[0]);
        String signed = raw(
                head + "X-Slack-Request-Timestamp: " + now + "\r\nX-Slack-Signature: " + signature + "\r\n\r\n",
                new byte[0]);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(unsigned.startsWith("HTTP/1.1 401 "), unsigned);
        assertTrue(signed.startsWith("HTTP/1.1 413 "), signed);
        assertNoLeak(unsigned + signed);
        assertTrue(millis < 4_000, "took " + millis + " ms");
    }

    @Test
    @DisplayName("a chunked body passing the cap is refused with 413 once the cap is passed")
    void chunkedOverCap_is413() throws Exception {
        long now = System.currentTimeMillis() / 1000;
        byte[] chunk = new byte[SlackHttpEndpoint.MAX_BODY + 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        String signature = new SlackSignature.Generator(SlackRequests.SECRET)
                .generate(String.valueOf(now), new String(chunk, StandardCharsets.ISO_8859_1));
        String head = "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: " + FORM
                + "\r\nTransfer-Encoding: chunked\r\nX-Slack-Request-Timestamp: " + now + "\r\nX-Slack-Signature: "
                + signature + "\r\n\r\n" + Integer.toHexString(chunk.length) + "\r\n";
        String answer = raw(head, chunk);
        assertTrue(answer.startsWith("HTTP/1.1 413 "), answer);
    }

    @Test
    @DisplayName("a correctly signed request from a year ahead is refused with 401")
    void futureTimestamp_is401() throws Exception {
        String body = SlackRequests.slashCommand("C0FUT", "U1", "alice", "help", api.responseUrl("future-1"));
        long future = System.currentTimeMillis() / 1000 + 365L * 24 * 3600;
        String signature = new SlackSignature.Generator(SlackRequests.SECRET).generate(String.valueOf(future), body);
        assertEquals(401, slack.post(body, FORM, future, signature).statusCode());
    }

    @Test
    @DisplayName("a signed request replayed is acknowledged and not run again")
    void replay_isNotRunTwice() throws Exception {
        String body = SlackRequests.slashCommand("C0REP", "U1", "alice", "help", api.responseUrl("replay-1"));
        long now = System.currentTimeMillis() / 1000;
        String signature = new SlackSignature.Generator(SlackRequests.SECRET).generate(String.valueOf(now), body);
        assertEquals(200, slack.post(body, FORM, now, signature).statusCode());
        HttpResponse<String> again = slack.post(body, FORM, now, signature);
        assertEquals(200, again.statusCode());
        assertEquals("", again.body());
        api.await("response/replay-1", WAIT);
        slack.post(SlackRequests.slashCommand("C0REP", "U1", "alice", "help", api.responseUrl("after-1")), FORM);
        api.await("response/after-1", WAIT);
        assertEquals(1, api.calls("response/replay-1").size());
    }

    @Test
    @DisplayName("a refused request is logged as one escaped line under 2 KB: no forged line, no escape sequence")
    void refusal_isLoggedEscapedAndCapped() throws Exception {
        String answer = raw(
                "POST /slack/events?q=%0d%0aERROR%20FORGED HTTP/1.1\r\nHost: x\r\nUser-Agent: a" + "x".repeat(5000)
                        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
                new byte[0]);
        assertTrue(answer.startsWith("HTTP/1.1 401 ") || answer.startsWith("HTTP/1.1 400 "), answer);
        assertEquals(1, logs.list.size(), logs.list.toString());
        for (ILoggingEvent event : logs.list) {
            String line = event.getFormattedMessage();
            assertTrue(line.length() < 2048, "line of " + line.length());
            assertTrue(line.chars().noneMatch(Character::isISOControl), line);
        }
    }
}
