package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static dev.wenda.bot.discord.fake.DiscordPayloads.CAROL;
import static dev.wenda.bot.discord.fake.DiscordPayloads.DAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscordRest.Recorded;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A quiz round through real JDA: question post, clicks, modal answers, reveal by edit. */
class DiscordQuizE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(5);

    private RunningBot running;
    private ScriptedQuiz quiz;

    /**
     * Plays one question the way the quiz engine does through the {@link Outbox}: first answer per
     * user counts, answers after the deadline are late, the reveal edits the question.
     */
    private static final class ScriptedQuiz implements ChatService {
        private Outbox outbox;
        private volatile Instant now = SampleReplies.DEADLINE.minusSeconds(30);
        private volatile MessageHandle question;
        private final Map<String, String> answers = new LinkedHashMap<>();
        private final Map<String, String> names = new LinkedHashMap<>();
        private String correct = "B";

        @Override
        public synchronized Reply handle(ChatRequest request) {
            return switch (request) {
                case ChatRequest.QuizStart start -> {
                    Reply posted = start.kinds().equals("numeric")
                            ? SampleReplies.numericQuestion()
                            : SampleReplies.quizQuestion(false);
                    correct = start.kinds().equals("numeric") ? "7" : "B";
                    question = outbox.post(start.origin().where(), posted).join();
                    yield Reply.text("Quiz started: 1 question");
                }
                case ChatRequest.Click click ->
                    record(
                            click.origin().user(),
                            click.origin().userName(),
                            click.actionId().substring(click.actionId().lastIndexOf(':') + 1));
                case ChatRequest.TypedAnswer typed ->
                    record(typed.origin().user(), typed.origin().userName(), typed.text());
                default -> Reply.privateText("not in this test");
            };
        }

        private Reply record(String user, String name, String answer) {
            if (now.isAfter(SampleReplies.DEADLINE)) {
                return Reply.privateText("⌛ Too late: the question has closed.");
            }
            if (answers.putIfAbsent(user, answer) != null) {
                return Reply.privateText("You already answered.");
            }
            names.put(user, name);
            return Reply.privateText("Recorded: **" + answer + "**");
        }

        synchronized void reveal() {
            String winners = answers.entrySet().stream()
                    .filter(e -> e.getValue().equals(correct))
                    .map(e -> names.get(e.getKey()))
                    .collect(Collectors.joining(", "));
            outbox.edit(question, SampleReplies.quizQuestion(true)).join();
            outbox.post(question.channel(), Reply.text("**Scores**\n1. " + winners + " — 1"))
                    .join();
            assertEquals("Carol", winners);
        }
    }

    @BeforeEach
    void start() throws InterruptedException {
        quiz = new ScriptedQuiz();
        running = new RunningBot(quiz, QuestionSuggester.none(), (prefix, max) -> List.of("activations", "cnn"), false);
        quiz.outbox = running.bot.outbox();
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private Recorded await(String method, String path) throws InterruptedException {
        return running.discord.rest.await(r -> r.is(method, path), WAIT);
    }

    private String channelMessages() {
        return "/api/v10/channels/" + DiscordPayloads.CHANNEL + "/messages";
    }

    private JsonNode startRound(String kinds) throws InterruptedException {
        Interaction start = running.discord.send(InteractionPayloads.by(ALICE)
                .slash("quiz", "start", Map.of("topic", "activations", "count", "1", "seconds", "30", "kinds", kinds)));
        JsonNode posted = await("POST", channelMessages()).json();
        assertEquals(
                "Quiz started: 1 question",
                await("PATCH", start.originalPath()).json().path("content").asText());
        return posted;
    }

    private String clickAnswer(DiscordPayloads.FakeUser user, JsonNode components, String letter)
            throws InterruptedException {
        Interaction click = running.discord.send(
                InteractionPayloads.by(user).click(quiz.question.messageId(), components, "quiz:r1:q1:" + letter));
        assertEquals(6, await("POST", click.callbackPath()).json().path("type").asInt());
        JsonNode reply = await("POST", click.webhookPath()).json();
        assertEquals(64, reply.path("flags").asInt(), "answer receipts are private");
        return reply.path("content").asText();
    }

    @Test
    @DisplayName(
            "two wrong, one right and one late click give private receipts, then a reveal naming only the right one")
    void round_threeClicksAndALateOne() throws InterruptedException {
        JsonNode question = startRound("choice");
        Golden.assertMatches(
                "e2e-quiz-question",
                ((com.fasterxml.jackson.databind.node.ObjectNode) question.deepCopy())
                        .without(List.of("nonce", "enforce_nonce")));
        JsonNode components = question.path("components");

        assertEquals("Recorded: **A**", clickAnswer(ALICE, components, "A"));
        assertEquals("Recorded: **C**", clickAnswer(BOB, components, "C"));
        assertEquals("Recorded: **B**", clickAnswer(CAROL, components, "B"));
        quiz.now = SampleReplies.DEADLINE.plusSeconds(1);
        assertEquals("⌛ Too late: the question has closed.", clickAnswer(DAVE, components, "B"));

        quiz.reveal();

        JsonNode reveal = await("PATCH", channelMessages() + "/" + quiz.question.messageId())
                .json();
        Golden.assertMatches("e2e-quiz-reveal", reveal);
        Recorded scores = running.discord
                .rest
                .awaitAll(r -> r.is("POST", channelMessages()), 2, WAIT)
                .get(1);
        assertEquals("**Scores**\n\n1. Carol — 1", scores.json().path("content").asText());
    }

    @Test
    @DisplayName("a numeric question's Answer button opens a modal whose submission reaches the quiz as a typed answer")
    void modal_typedAnswer() throws InterruptedException {
        JsonNode question = startRound("numeric");
        JsonNode components = question.path("components");
        assertEquals(
                DiscordRenderer.TYPED_ANSWER_ID,
                components.get(0).path("components").get(0).path("custom_id").asText());

        Interaction open = running.discord.send(InteractionPayloads.by(BOB)
                .click(quiz.question.messageId(), components, DiscordRenderer.TYPED_ANSWER_ID));
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
                .modal(quiz.question.messageId(), DiscordListener.ANSWER_MODAL, DiscordListener.ANSWER_INPUT, "7"));
        assertEquals(6, await("POST", submit.callbackPath()).json().path("type").asInt());
        JsonNode receipt = await("POST", submit.webhookPath()).json();
        assertEquals("Recorded: **7**", receipt.path("content").asText());
        assertEquals(64, receipt.path("flags").asInt());
    }

    @Test
    @DisplayName("/quiz start completes the topic from the topic suggester")
    void topicAutocomplete() throws InterruptedException {
        Interaction typing =
                running.discord.send(InteractionPayloads.by(ALICE).autocomplete("quiz", "start", "topic", "c"));
        JsonNode callback = await("POST", typing.callbackPath()).json();
        assertEquals(
                List.of("activations", "cnn"),
                callback.path("data").path("choices").findValuesAsText("name"));
    }
}
