package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Slack answering 429 and 5xx: real Bolt and the real Slack client against the fake Web API, which
 * fails the next requests of a method on demand. Retries use a 20 ms backoff so the tests stay fast;
 * a 429 waits the {@code Retry-After} the fake sends.
 */
class SlackFaultsTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ChannelAddress CHANNEL = new ChannelAddress(Platform.SLACK, FakeSlackApi.TEAM, "C0F");

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private FakeSlackApi api;
    private SlackBot bot;
    private SlackRequests slack;

    @BeforeEach
    void start() throws Exception {
        logs.start();
        ((Logger) LoggerFactory.getLogger(SafeWorker.class)).addAppender(logs);
        ((Logger) LoggerFactory.getLogger(SlackRetry.class)).addAppender(logs);
        api = new FakeSlackApi();
        api.user("U1", "alice", false, "en-US");
        bot = new SlackBot(
                SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                        .withApiBaseUrl(api.apiBase()),
                request -> Reply.privateText("pong"),
                new SlackRetry(Duration.ofMillis(20), Duration.ofSeconds(2)));
        bot.start();
        slack = new SlackRequests(bot.httpPort());
    }

    @AfterEach
    void stop() {
        bot.stop();
        api.close();
        ((Logger) LoggerFactory.getLogger(SafeWorker.class)).detachAppender(logs);
        ((Logger) LoggerFactory.getLogger(SlackRetry.class)).detachAppender(logs);
    }

    private void command(String responseId) throws Exception {
        assertEquals(
                200,
                slack.post(
                                SlackRequests.slashCommand(
                                        "C0F", "U1", "alice", "ask ping", api.responseUrl(responseId)),
                                FORM)
                        .statusCode());
    }

    private List<String> answers(String name) {
        return api.calls(name).stream().map(FakeSlackApi.Call::response).toList();
    }

    @Test
    @DisplayName(
            "a response_url answering 429 with Retry-After: 1 is retried after that second; the reply arrives once")
    void responseUrl_rateLimited_retriedAfterRetryAfter() throws Exception {
        api.fail("response/r1", 429, Optional.of("1"), 1);
        long start = System.nanoTime();

        command("r1");

        api.awaitAll("response/r1", c -> c.response().equals("ok"), 1, WAIT);
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertEquals(List.of("HTTP 429", "ok"), answers("response/r1"));
        assertTrue(waited >= 1000, "retried after " + waited + " ms, before Retry-After");
        assertTrue(
                api.calls("response/r1").get(1).body().contains("pong"),
                api.calls("response/r1").toString());
    }

    @Test
    @DisplayName("chat.postMessage answering 500 then 200 posts exactly once more: two requests, one message")
    void postMessage_serverErrorThenOk_oneMessage() throws Exception {
        api.fail("chat.postMessage", 500, Optional.empty(), 1);

        MessageHandle posted = bot.outbox().post(CHANNEL, Reply.text("hello")).get(10, TimeUnit.SECONDS);

        assertEquals("1700000000.000001", posted.messageId());
        assertEquals(List.of("HTTP 500"), answers("chat.postMessage").subList(0, 1));
        assertEquals(2, api.calls("chat.postMessage").size());
    }

    @Test
    @DisplayName("chat.update answering 429 with Retry-After: 0 and then 503 is retried until it succeeds")
    void update_rateLimitedThenUnavailable_succeedsOnThirdAttempt() throws Exception {
        api.fail("chat.update", 429, Optional.of("0"), 1);
        api.fail("chat.update", 503, Optional.empty(), 1);

        bot.outbox()
                .edit(new MessageHandle(CHANNEL, "1700000000.000009"), Reply.text("edited"))
                .get(10, TimeUnit.SECONDS);

        assertEquals(3, api.calls("chat.update").size());
        assertEquals("HTTP 503", answers("chat.update").get(1));
    }

    @Test
    @DisplayName("a Web API failing for good: four attempts, then the caller sees the failure; nothing crashes")
    void postMessage_alwaysFailing_boundedAttempts() throws Exception {
        api.fail("chat.postMessage", 502, Optional.empty(), Integer.MAX_VALUE);

        CompletionException failed = org.junit.jupiter.api.Assertions.assertThrows(
                CompletionException.class,
                () -> bot.outbox().post(CHANNEL, Reply.text("hello")).join());

        assertEquals("posting to Slack channel C0F failed", failed.getCause().getMessage());
        assertEquals(SlackRetry.MAX_ATTEMPTS, api.calls("chat.postMessage").size());
        assertEquals(
                3,
                logs.list.stream()
                        .filter(e -> e.getLevel() == Level.WARN
                                && e.getFormattedMessage().contains("retry"))
                        .count());
    }

    @Test
    @DisplayName("a response_url failing for good: the reply and the apology get four attempts each, the error is"
            + " logged, and the next command is answered")
    void responseUrl_alwaysFailing_loggedAndBotKeepsServing() throws Exception {
        api.fail("response/dead", 500, Optional.empty(), Integer.MAX_VALUE);

        command("dead");
        api.awaitAll("response/dead", c -> true, 2 * SlackRetry.MAX_ATTEMPTS, WAIT);
        command("alive");

        api.await("response/alive", WAIT);
        assertEquals(List.of("ok"), answers("response/alive"));
        assertEquals(2 * SlackRetry.MAX_ATTEMPTS, api.calls("response/dead").size());
        assertTrue(
                logs.list.stream()
                        .anyMatch(e -> e.getLevel() == Level.ERROR
                                && e.getFormattedMessage().equals("Slack /wenda failed")),
                logs.list.toString());
    }

    @Test
    @DisplayName("a Retry-After longer than the longest accepted wait, or a 404, is not retried")
    void longRetryAfterOrClientError_notRetried() throws Exception {
        api.fail("chat.postMessage", 429, Optional.of("120"), 1);
        api.fail("chat.update", 404, Optional.empty(), 1);

        org.junit.jupiter.api.Assertions.assertThrows(
                CompletionException.class,
                () -> bot.outbox().post(CHANNEL, Reply.text("hello")).join());
        org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class, () -> bot.outbox()
                .edit(new MessageHandle(CHANNEL, "1.2"), Reply.text("x"))
                .join());

        assertEquals(1, api.calls("chat.postMessage").size());
        assertEquals(1, api.calls("chat.update").size());
    }
}
