package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import ch.qos.logback.core.read.ListAppender;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * Discord's REST API answering 429 and 5xx, through real JDA: JDA waits out a 429's
 * {@code Retry-After} and retries 502-529 up to three more times (0.5, 1, 2 s apart, and 4 s more
 * before it gives up); it does not
 * retry a plain 500, which may come after Discord did act. The bot never crashes and never sends
 * more than that.
 */
class DiscordFaultsE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final CountDownLatch errorLogged = new CountDownLatch(1);
    private final AppenderBase<ILoggingEvent> errorLatch = new AppenderBase<>() {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel() == Level.ERROR) {
                errorLogged.countDown();
            }
        }
    };
    private RunningBot running;

    @BeforeEach
    void start() throws InterruptedException {
        logs.start();
        errorLatch.start();
        ((Logger) LoggerFactory.getLogger(Responder.class)).addAppender(logs);
        ((Logger) LoggerFactory.getLogger(Responder.class)).addAppender(errorLatch);
        running = new RunningBot(
                (ChatService)
                        request -> Reply.privateText("pong " + request.origin().userName()),
                QuestionSuggester.none(),
                QuestionSuggester.none(),
                false);
    }

    @AfterEach
    void stop() {
        running.close();
        ((Logger) LoggerFactory.getLogger(Responder.class)).detachAppender(logs);
        ((Logger) LoggerFactory.getLogger(Responder.class)).detachAppender(errorLatch);
    }

    private static Interaction me() {
        return InteractionPayloads.by(ALICE).slash("me", null, Map.of());
    }

    /** Sends {@code /me} whose reply (the edit of the deferral) fails {@code times} times with {@code status}. */
    private Interaction meFailing(int status, int retryAfter, int times) {
        Interaction me = me();
        running.discord.rest.fail("PATCH", me.originalPath()::equals, status, retryAfter, times);
        running.discord.send(me);
        return me;
    }

    private List<Integer> edits(Interaction interaction) {
        return running.discord.rest.statuses("PATCH", interaction.originalPath());
    }

    private void awaitEdits(Interaction interaction, int count) throws InterruptedException {
        running.discord.rest.awaitAll(r -> r.is("PATCH", interaction.originalPath()), count, WAIT);
    }

    private List<String> errors() {
        return logs.list.stream()
                .filter(e -> e.getLevel() == Level.ERROR)
                .map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    @DisplayName("429 with Retry-After: 0, then 200: the reply is sent again and arrives exactly once")
    void rateLimited_thenOk_replyArrivesOnce() throws InterruptedException {
        Interaction me = meFailing(429, 0, 1);

        awaitEdits(me, 2);

        assertEquals(List.of(429, 200), edits(me));
        assertEquals(
                "pong Alice",
                running.discord.rest.requests().stream()
                        .filter(r -> r.is("PATCH", me.originalPath()))
                        .toList()
                        .get(1)
                        .json()
                        .path("content")
                        .asText());
        assertEquals(List.of(), errors());
    }

    @Test
    @DisplayName("502 then 200: JDA retries once; exactly two requests, no error")
    void badGateway_thenOk_retriedOnce() throws InterruptedException {
        Interaction me = meFailing(502, 0, 1);

        awaitEdits(me, 2);

        assertEquals(List.of(502, 200), edits(me));
        assertEquals(List.of(), errors());
    }

    @Test
    @DisplayName("500: not retried (Discord may have acted); the failure is logged and the next command is answered")
    void serverError_notRetried_loggedAndBotKeepsServing() throws InterruptedException {
        Interaction me = meFailing(500, 0, 1);
        awaitEdits(me, 1);
        Interaction next = me();
        running.discord.send(next);
        awaitEdits(next, 1);
        // JDA 6.5 reports the failure on its callback pool a little after the 500 arrives.
        assertTrue(errorLogged.await(10, TimeUnit.SECONDS), "no error logged");

        assertEquals(List.of(500), edits(me));
        assertEquals(List.of(200), edits(next));
        assertEquals(List.of("Discord rejected a reply"), errors());
    }

    @Test
    @DisplayName("an API failing for good (503): four attempts in all, then one logged error; the bot keeps serving")
    void alwaysUnavailable_boundedAttempts() throws InterruptedException {
        Interaction me = meFailing(503, 0, Integer.MAX_VALUE);
        awaitEdits(me, 4);
        Interaction next = me();
        running.discord.send(next);
        awaitEdits(next, 1);
        // JDA waits 4 s after the last attempt before it gives up.
        assertTrue(errorLogged.await(10, TimeUnit.SECONDS), "no error logged");

        assertEquals(List.of(503, 503, 503, 503), edits(me));
        assertEquals(List.of(200), edits(next));
        assertEquals(List.of("Discord rejected a reply"), errors());
        assertTrue(
                logs.list.stream()
                        .anyMatch(e -> e.getThrowableProxy() != null
                                && e.getThrowableProxy().getMessage().equals("0: Server error 503")),
                logs.list.stream()
                        .filter(e -> e.getThrowableProxy() != null)
                        .map(e -> e.getThrowableProxy().getClassName() + ": "
                                + e.getThrowableProxy().getMessage())
                        .toList()
                        .toString());
    }
}
