package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuizServiceTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private TestDatabases.Fresh db;
    private Harness h;
    private QuizService quiz;

    @BeforeEach
    void open() {
        db = TestDatabases.open(Backend.H2);
        h = Harness.on(db.database(), Fixtures.bank(12));
        quiz = h.service();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("a request outside the quiz family gets nothing back")
    void otherRequests_areNothing() {
        assertTrue(quiz.handle(new ChatRequest.Ask(ALICE, "what is BN?")).isNothing());
        assertTrue(quiz.handle(new ChatRequest.Click(ALICE, "ask:entry:e1")).isNothing());
    }

    @Test
    @DisplayName("chat in a channel without a round, or that is not an answer, gets nothing back")
    void typedChat_isNothing() {
        assertTrue(quiz.handle(new ChatRequest.TypedAnswer(ALICE, "B")).isNothing());
        quiz.handle(new ChatRequest.QuizStart(ALICE, "", OptionalInt.of(2), OptionalInt.empty(), "choice"));
        assertTrue(quiz.handle(new ChatRequest.TypedAnswer(ALICE, "nice question!"))
                .isNothing());
        Reply typed = quiz.handle(new ChatRequest.TypedAnswer(ALICE, "b"));
        assertEquals("Answer recorded: B", typed.markdown());
        assertTrue(typed.ephemeral());
    }

    @Test
    @DisplayName("a stale or forged quiz button gets a clear message, not an error")
    void badButtons_areExplained() {
        assertEquals(
                "That button no longer belongs to a round.",
                quiz.handle(new ChatRequest.Click(ALICE, "quiz:nope:1:0")).markdown());
        quiz.handle(new ChatRequest.QuizStart(ALICE, "", OptionalInt.of(1), OptionalInt.empty(), "choice"));
        String id = h.round(ALICE).id();
        assertEquals(
                "That button no longer belongs to a round.",
                quiz.handle(new ChatRequest.Click(ALICE, "quiz:" + id + ":1:9")).markdown());
        assertEquals(
                "That button no longer belongs to a round.",
                quiz.handle(new ChatRequest.Click(ALICE, "quiz:" + id + ":x:0")).markdown());
        h.advance(Duration.ofSeconds(30));
        assertEquals(
                "Too late: question 1 is closed.",
                h.click(ALICE, h.option(id, 1, true)).markdown());
    }

    @Test
    @DisplayName("events come in order for a one-question round: started, posted, answer, revealed, ended")
    void events_inOrder() {
        quiz.handle(new ChatRequest.QuizStart(ALICE, "", OptionalInt.of(1), OptionalInt.empty(), "choice"));
        quiz.handle(new ChatRequest.TypedAnswer(ALICE, "a"));
        h.advance(Duration.ofSeconds(30));
        assertEquals(
                java.util.List.of("RoundStarted", "QuestionPosted", "AnswerRecorded", "QuestionRevealed", "RoundEnded"),
                h.events.stream().map(e -> e.getClass().getSimpleName()).toList());
    }
}
