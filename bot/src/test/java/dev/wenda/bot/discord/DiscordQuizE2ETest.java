package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static dev.wenda.bot.discord.fake.DiscordPayloads.CAROL;
import static dev.wenda.bot.discord.fake.DiscordPayloads.DAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscordRest.Recorded;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.Fixtures;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.ManualScheduler;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.testing.Golden;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Quiz rounds of the real quiz engine (H2 store, manual clock) through real JDA and the fake Discord. */
class DiscordQuizE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String CHANNEL_KEY = "DISCORD:" + DiscordPayloads.GUILD + ":" + DiscordPayloads.CHANNEL;

    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private TestDatabases.Fresh db;
    private QuizStore store;
    private RunningBot running;

    private ChatService services(Outbox outbox) {
        store = new QuizStore(db.database());
        QuizService quiz = Fixtures.quizService(
                db.database(), new BankQuestionPool(Fixtures.bank(8)), outbox, scheduler, clock, 42);
        ChatService none = request -> Reply.privateText("not in this test");
        return new ChatDispatcher(none, quiz, none, new HelpService());
    }

    @BeforeEach
    void start() throws InterruptedException {
        db = TestDatabases.open(TestDatabases.Backend.H2);
        running =
                new RunningBot(this::services, QuestionSuggester.none(), (prefix, max) -> List.of("cnn", "rnn"), false);
    }

    @AfterEach
    void stop() {
        running.close();
        db.close();
    }

    private Recorded await(String method, String path) throws InterruptedException {
        return running.discord.rest.await(r -> r.is(method, path), WAIT);
    }

    private static String channelMessages() {
        return "/api/v10/channels/" + DiscordPayloads.CHANNEL + "/messages";
    }

    /** Starts a one-question round and returns the posted question, once its message id is stored for the reveal. */
    private JsonNode startRound(String kinds) throws InterruptedException {
        Interaction start = running.discord.send(InteractionPayloads.by(ALICE)
                .slash("quiz", "start", Map.of("topic", "cnn", "count", "1", "seconds", "30", "kinds", kinds)));
        JsonNode posted = await("POST", channelMessages()).json();
        await("PATCH", start.originalPath());
        waitUntil(() -> store.activeRound(CHANNEL_KEY)
                .flatMap(round -> store.question(round.id(), 1))
                .flatMap(question -> question.messageId())
                .isPresent());
        return posted;
    }

    /** Waits for a condition the engine sets from JDA's callback thread; bounded, never sleeps a fixed time. */
    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + WAIT);
            }
            LockSupport.parkNanos(1_000_000);
        }
    }

    private String messageId() {
        return store.question(store.activeRound(CHANNEL_KEY).orElseThrow().id(), 1)
                .orElseThrow()
                .messageId()
                .orElseThrow();
    }

    private String click(DiscordPayloads.FakeUser user, JsonNode components, String customId)
            throws InterruptedException {
        Interaction click = running.discord.send(InteractionPayloads.by(user).click(messageId(), components, customId));
        assertEquals(6, await("POST", click.callbackPath()).json().path("type").asInt());
        JsonNode reply = await("POST", click.webhookPath()).json();
        assertEquals(64, reply.path("flags").asInt(), "answer receipts are private: " + reply);
        return reply.path("content").asText();
    }

    /** The custom id of the right or a wrong option: the right one quotes the answer of the asked entry. */
    private static String option(JsonNode question, boolean right) {
        String text = question.path("embeds").get(0).path("description").asText();
        Matcher asked = Pattern.compile("Question (\\d+) about").matcher(text);
        assertTrue(asked.find(), text);
        JsonNode buttons = question.path("components").get(0).path("components");
        for (int i = 0; i < buttons.size(); i++) {
            char letter = "ABCD".charAt(i);
            Matcher line = Pattern.compile("\\*\\*" + letter + "\\.\\*\\* Answer (\\d+) ")
                    .matcher(text);
            assertTrue(line.find(), text);
            if (line.group(1).equals(asked.group(1)) == right) {
                return buttons.get(i).path("custom_id").asText();
            }
        }
        throw new AssertionError("no such option in " + text);
    }

    @Test
    @DisplayName(
            "two wrong clicks, one right and one late: private receipts, a reveal naming only the right one, exact scores")
    void round_twoWrongOneRightOneLate() throws InterruptedException {
        JsonNode question = startRound("choice");
        JsonNode components = question.path("components");
        assertEquals(4, components.get(0).path("components").size());
        assertTrue(question.path("embeds").get(0).path("description").asText().endsWith("⏳ <t:1772413230:R>"));
        String wrong = option(question, false);
        String right = option(question, true);

        assertTrue(click(ALICE, components, wrong).startsWith("Answer recorded: "));
        assertTrue(click(BOB, components, wrong).startsWith("Answer recorded: "));
        assertTrue(click(CAROL, components, right).startsWith("Answer recorded: "));
        clock.advance(Duration.ofSeconds(31));
        assertEquals("Too late: question 1 is closed.", click(DAVE, components, right));
        String messageId = messageId();
        scheduler.advance(Duration.ZERO);

        JsonNode reveal = await("PATCH", channelMessages() + "/" + messageId).json();
        Golden.assertMatches("discord/e2e-quiz-reveal", reveal);
        JsonNode scoreboard = running.discord
                .rest
                .awaitAll(r -> r.is("POST", channelMessages()), 2, WAIT)
                .get(1)
                .json();
        Golden.assertMatches("discord/e2e-quiz-scoreboard", scoreboard);
    }

    @Test
    @DisplayName("a numeric question's Answer button opens a modal; the submitted number is scored and revealed")
    void numeric_modalAnswer() throws InterruptedException {
        JsonNode question = startRound("numeric");
        JsonNode components = question.path("components");
        assertEquals(
                DiscordRenderer.TYPED_ANSWER_ID,
                components.get(0).path("components").get(0).path("custom_id").asText());
        Matcher sum = Pattern.compile("(\\d+) \\\\?\\+ (\\d+) = \\?")
                .matcher(question.path("embeds").get(0).path("description").asText());
        assertTrue(sum.find(), question.toString());
        String answer = Integer.toString(Integer.parseInt(sum.group(1)) * 2);

        Interaction open = running.discord.send(
                InteractionPayloads.by(BOB).click(messageId(), components, DiscordRenderer.TYPED_ANSWER_ID));
        JsonNode modal = await("POST", open.callbackPath()).json();
        assertEquals(9, modal.path("type").asInt());
        assertEquals(
                DiscordListener.ANSWER_MODAL,
                modal.path("data").path("custom_id").asText());
        assertEquals(
                DiscordListener.ANSWER_INPUT,
                modal.path("data")
                        .path("components")
                        .get(0)
                        .path("component")
                        .path("custom_id")
                        .asText());

        Interaction submit = running.discord.send(InteractionPayloads.by(BOB)
                .modal(messageId(), DiscordListener.ANSWER_MODAL, DiscordListener.ANSWER_INPUT, answer));
        assertEquals(6, await("POST", submit.callbackPath()).json().path("type").asInt());
        JsonNode receipt = await("POST", submit.webhookPath()).json();
        assertEquals("Answer recorded: " + answer, receipt.path("content").asText());
        assertEquals(64, receipt.path("flags").asInt());

        String messageId = messageId();
        scheduler.advance(Duration.ofSeconds(30));
        JsonNode reveal = await("PATCH", channelMessages() + "/" + messageId).json();
        String revealed = reveal.path("embeds").get(0).path("description").asText();
        assertTrue(revealed.contains("✅ **" + answer + "**"), revealed);
        assertTrue(revealed.endsWith("Correct: ⚡Bob +" + revealed.replaceAll("(?s).*\\+", "")), revealed);
    }

    @Test
    @DisplayName("/quiz start completes the topic from the topic suggester")
    void topicAutocomplete() throws InterruptedException {
        Interaction typing =
                running.discord.send(InteractionPayloads.by(ALICE).autocomplete("quiz", "start", "topic", "n"));
        JsonNode callback = await("POST", typing.callbackPath()).json();
        assertEquals(
                List.of("cnn", "rnn"), callback.path("data").path("choices").findValuesAsText("name"));
    }
}
