package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscordRest.Recorded;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Startup, mentions, plain-message answers, acknowledgement and the error boundary, through real JDA. */
class DiscordBotE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<ChatRequest> SEEN = new CopyOnWriteArrayList<>();
    private static final List<String> THREADS = new CopyOnWriteArrayList<>();
    private static final CountDownLatch RELEASE_SLOW = new CountDownLatch(1);
    private static final ListAppender<ILoggingEvent> LOGS = new ListAppender<>();
    private static RunningBot running;

    private static Reply answer(ChatRequest request) {
        SEEN.add(request);
        THREADS.add(Thread.currentThread().getName());
        return switch (request) {
            case ChatRequest.Ask ask
            when ask.question().equals("boom") -> throw new IllegalStateException("index is corrupt");
            case ChatRequest.Ask ask
            when ask.question().equals("slow") -> {
                try {
                    RELEASE_SLOW.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield Reply.text("finally");
            }
            case ChatRequest.Ask ask -> Reply.text("You asked: " + ask.question());
            case ChatRequest.TypedAnswer typed when typed.text().equals("7") -> Reply.text("✅ 7 is right");
            case ChatRequest.Me me -> Reply.privateText("**12** points this week");
            default -> Reply.nothing();
        };
    }

    @BeforeAll
    static void start() throws InterruptedException {
        LOGS.start();
        ((Logger) LoggerFactory.getLogger(Responder.class)).addAppender(LOGS);
        running = new RunningBot(DiscordBotE2ETest::answer, QuestionSuggester.none(), QuestionSuggester.none(), true);
    }

    @AfterAll
    static void stop() {
        ((Logger) LoggerFactory.getLogger(Responder.class)).detachAppender(LOGS);
        running.close();
    }

    private static Recorded await(String method, String path) throws InterruptedException {
        return running.discord.rest.await(r -> r.is(method, path), WAIT);
    }

    private static String channelMessages() {
        return "/api/v10/channels/" + DiscordPayloads.CHANNEL + "/messages";
    }

    @Test
    @DisplayName("the bot reports connected once its shard is up, and not before it starts (readiness)")
    void connected_forReadiness() {
        assertTrue(running.bot.connected());
        assertEquals(false, new DiscordBot(DiscordConfig.of(() -> "unused")).connected());
    }

    @Test
    @DisplayName(
            "on startup the bot identifies as shard 0 of 1 and registers every slash command in the configured guild")
    void startup_registersGuildCommands() throws InterruptedException {
        JsonNode commands = await(
                        "PUT",
                        "/api/v10/applications/" + DiscordPayloads.APP + "/guilds/" + DiscordPayloads.GUILD
                                + "/commands")
                .json();
        List<String> names = new java.util.ArrayList<>();
        commands.forEach(command -> names.add(command.path("name").asText()));
        assertEquals(
                List.of("ask", "quiz", "leaderboard", "group", "me", "review", "calc", "wenda", "wenda-admin"), names);
        JsonNode admin = commands.get(names.indexOf("wenda-admin"));
        assertEquals("32", admin.path("default_member_permissions").asText()); // Manage Server
        assertEquals("问答管理", admin.path("name_localizations").path("zh-CN").asText());
        assertEquals(
                "向题库提问",
                commands.get(0).path("description_localizations").path("zh-CN").asText());
        JsonNode identify = running.discord.gateway.identifies().get(0);
        assertEquals("[0,1]", identify.path("shard").toString());
        assertEquals("fake-token", identify.path("token").asText());
    }

    @Test
    @DisplayName("a mention with @everyone is answered in a reply that allows no mentions at all")
    void mentionWithEveryone_replyPingsNobody() throws InterruptedException {
        ObjectNode message = DiscordPayloads.userMessage(
                ALICE, "<@" + DiscordPayloads.SELF + "> why does @everyone use ReLU?", true);
        running.discord.post(message);

        Recorded reply = running.discord.rest.await(
                r -> r.is("POST", channelMessages())
                        && r.json().path("content").asText().startsWith("You asked"),
                WAIT);
        JsonNode body = reply.json();
        assertEquals(
                "You asked: why does @everyone use ReLU?", body.path("content").asText());
        assertTrue(
                Pattern.compile("\"allowed_mentions\":\\{[^}]*\"parse\":\\[\\]")
                        .matcher(reply.rawBody())
                        .find(),
                reply.rawBody());
        assertEquals("[]", body.path("allowed_mentions").path("parse").toString());
        assertEquals(false, body.path("allowed_mentions").path("replied_user").booleanValue());
        assertEquals(
                message.path("id").asText(),
                body.path("message_reference").path("message_id").asText());
    }

    @Test
    @DisplayName("with the message-content intent, a plain channel message reaches the quiz as a typed answer")
    void plainMessage_isTypedAnswer() throws InterruptedException {
        running.discord.post(DiscordPayloads.userMessage(BOB, "7", false));

        Recorded reply = running.discord.rest.await(
                r -> r.is("POST", channelMessages())
                        && r.json().path("content").asText().equals("✅ 7 is right"),
                WAIT);
        assertNotNull(reply);
        assertTrue(SEEN.stream()
                .anyMatch(r -> r instanceof ChatRequest.TypedAnswer t
                        && t.text().equals("7")
                        && t.origin().user().equals(BOB.id())));
    }

    @Test
    @DisplayName(
            "a slow answer is deferred before the service finishes, then edited in; the service runs on the worker")
    void slowAnswer_isAcknowledgedFirst() throws InterruptedException {
        Interaction ask =
                running.discord.send(InteractionPayloads.by(ALICE).slash("ask", null, Map.of("question", "slow")));

        assertEquals(5, await("POST", ask.callbackPath()).json().path("type").asInt());
        assertTrue(
                running.discord.rest.requests().stream().noneMatch(r -> r.path().equals(ask.originalPath())));
        RELEASE_SLOW.countDown();
        assertEquals(
                "finally",
                await("PATCH", ask.originalPath()).json().path("content").asText());
        assertTrue(THREADS.stream().allMatch(name -> name.startsWith("wenda-discord-")), THREADS.toString());
    }

    @Test
    @DisplayName("personal stats are deferred privately and stay private")
    void me_isEphemeral() throws InterruptedException {
        Interaction me = running.discord.send(InteractionPayloads.by(BOB).slash("me", null, Map.of()));

        JsonNode deferral = await("POST", me.callbackPath()).json();
        assertEquals(64, deferral.path("data").path("flags").asInt());
        assertEquals(
                "**12** points this week",
                await("PATCH", me.originalPath()).json().path("content").asText());
    }

    @Test
    @DisplayName("a handler failure gives the user a short private apology and logs the stack trace")
    void handlerFailure_apologizesAndLogs() throws InterruptedException {
        Interaction ask =
                running.discord.send(InteractionPayloads.by(BOB).slash("ask", null, Map.of("question", "boom")));

        await("DELETE", ask.originalPath());
        JsonNode apology = await("POST", ask.webhookPath()).json();
        assertEquals(64, apology.path("flags").asInt());
        assertEquals(
                "Sorry, something went wrong on our side. Please try again in a moment.",
                apology.path("content").asText());
        ILoggingEvent logged = LOGS.list.stream()
                .filter(e -> e.getLevel() == Level.ERROR)
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Answering a /ask from user " + BOB.id() + " in " + DiscordPayloads.GUILD + "/"
                        + DiscordPayloads.CHANNEL + " failed",
                logged.getFormattedMessage());
        assertEquals("index is corrupt", logged.getThrowableProxy().getMessage());
        assertTrue(logged.getThrowableProxy().getStackTraceElementProxyArray().length > 0);
    }
}
