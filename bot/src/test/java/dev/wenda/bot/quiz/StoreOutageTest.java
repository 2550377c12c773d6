package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.CuttableLink;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.Standing;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes away mid-round and comes back: the engine talks to the real server through a
 * relay that can be cut ({@link CuttableLink}), as a stopped and restarted server looks from the bot.
 */
class StoreOutageTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");
    private static final Origin CAROL = Fixtures.player("carol");
    private static final Origin ERIN = Fixtures.player("erin");

    @Test
    @DisplayName("PostgreSQL stopped mid-round: answers are acknowledged and queued, scores pause, then catch up once")
    void postgresOutageMidRound_pausesAndCatchesUp() {
        try (var fresh = TestDatabases.open(Backend.POSTGRES);
                var link = CuttableLink.toPostgres(fresh.postgresUrl());
                var db = Database.open(StoreConfig.url(link.route(fresh.postgresUrl()))
                        .withSchema(fresh.schema())
                        .withPoolSize(4)
                        .withConnectTimeout(Duration.ofMillis(300)))) {
            Harness h = new Harness(db, Fixtures.bank(20), "bot-1", new ManualClock(Harness.T0));
            h.start(ALICE, "", 2, 30, "choice");
            String id = h.round(ALICE).id();
            String right1 = h.option(id, 1, true);
            String letter1 = String.valueOf((char) ('A' + ((Question.Options) h.question(id, 1)).correct()));
            String wrong1 = String.valueOf((char) ('A' + (((Question.Options) h.question(id, 1)).correct() + 1) % 4));

            h.clock.advance(Duration.ofSeconds(3));
            assertEquals("Answer recorded: " + letter1, h.click(ALICE, right1).markdown());

            link.cut();
            h.clock.advance(Duration.ofSeconds(3));
            assertEquals(
                    "Answer received: " + letter1 + ". Scores are paused; it counts once the database is back.",
                    h.click(BOB, right1).markdown());
            h.clock.advance(Duration.ofSeconds(3));
            assertEquals(
                    "Answer received: " + wrong1 + ". Scores are paused; it counts once the database is back.",
                    h.engine
                            .answer(new ChatRequest.TypedAnswer(CAROL, wrong1.toLowerCase(Locale.ROOT)))
                            .orElseThrow()
                            .markdown());
            assertEquals(
                    "You already answered question 1; your first answer counts.",
                    h.click(CAROL, right1).markdown());
            assertEquals(Optional.empty(), h.engine.answer(new ChatRequest.TypedAnswer(ERIN, "just chatting")));
            // Another process on the same database, which does not run the round: it cannot tell.
            QuizService elsewhere = Fixtures.quizService(
                    h.db, new BankQuestionPool(Fixtures.bank(4)), h.outbox, h.scheduler, h.clock, 1);
            String quizzesPaused =
                    "Quizzes are paused: the database cannot be reached right now. Asking questions still works;"
                            + " please try this again in a minute.";
            assertEquals(
                    quizzesPaused,
                    elsewhere
                            .handle(new ChatRequest.Leaderboard(
                                    ERIN, ChatRequest.Scope.SERVER, ChatRequest.Period.WEEK, Optional.empty()))
                            .markdown());
            assertEquals(
                    quizzesPaused,
                    elsewhere.handle(new ChatRequest.Click(ERIN, right1)).markdown());
            assertTrue(elsewhere.handle(new ChatRequest.TypedAnswer(ERIN, "b")).isNothing());

            h.advance(Duration.ofSeconds(22)); // t = 31: question 1 closed while paused, nothing revealed
            assertEquals(
                    "Too late: question 1 is closed.", h.click(ERIN, right1).markdown());
            assertEquals(0, h.events(QuizEvent.QuestionRevealed.class).size());
            assertEquals(
                    List.of("m1", "m2"),
                    h.outbox.sent().stream()
                            .map(RecordingOutbox.Sent::messageId)
                            .toList());
            assertEquals(
                    "⏸ Scores are paused: the database cannot be reached right now. Keep answering: answers are taken"
                            + " and counted when it is back, and the round goes on then.",
                    h.outbox.sent().get(1).reply().markdown());

            link.restore();
            // The next retry usually finds the store again; the pool reconnects with its own back-off
            // (up to 5 s of real time between tries), so keep retrying for up to 20 s.
            for (long deadline = System.nanoTime() + 20_000_000_000L;
                    System.nanoTime() < deadline
                            && h.events(QuizEvent.ScoresResumed.class).isEmpty(); ) {
                h.advance(Rounds.PAUSE_RETRY);
            }
            assertFalse(h.events(QuizEvent.ScoresResumed.class).isEmpty(), "scores never resumed");
            assertEquals(
                    "▶ Scores are back: 2 answers given during the pause counted; the round goes on.",
                    h.outbox.sent().get(2).reply().markdown());
            QuizEvent.QuestionRevealed first =
                    h.events(QuizEvent.QuestionRevealed.class).getFirst();
            assertEquals(List.of("alice", "bob"), first.correctUsers());
            assertEquals(
                    List.of(1, 2),
                    h.events(QuizEvent.QuestionPosted.class).stream()
                            .map(QuizEvent.QuestionPosted::no)
                            .toList());

            h.clock.advance(Duration.ofSeconds(3));
            h.click(ALICE, h.option(id, 2, true));
            h.click(BOB, h.option(id, 2, false));
            h.advance(Duration.ofSeconds(30));

            List<Standing> scores =
                    h.events(QuizEvent.RoundEnded.class).getFirst().scores();
            assertEquals(
                    List.of(
                            new Standing("u-alice", "alice", 165 + 175, 2, 2, 1, 2),
                            new Standing("u-bob", "bob", 140, 1, 2, 1, 1),
                            new Standing("u-carol", "carol", 0, 0, 1, 1, 0)),
                    scores);
            List<AnswerRow> q1 = h.store.answers(id, 1);
            assertEquals(
                    List.of("u-alice", "u-bob", "u-carol"),
                    q1.stream().map(AnswerRow::userId).toList());
            assertEquals(
                    List.of(true, false, false),
                    q1.stream().map(AnswerRow::firstCorrect).toList());
            assertEquals(
                    List.of(QuizEvent.ScoresPaused.class, QuizEvent.ScoresResumed.class),
                    h.events(QuizEvent.class).stream()
                            .filter(e -> e instanceof QuizEvent.ScoresPaused || e instanceof QuizEvent.ScoresResumed)
                            .map(Object::getClass)
                            .toList());
            assertTrue(h.outbox.last().reply().markdown().contains("alice"));
        }
    }

    @Test
    @DisplayName("a round ended elsewhere during the outage records its queued answers and says nothing more")
    void roundEndedDuringOutage_noResumeNotice() {
        try (var fresh = TestDatabases.open(Backend.POSTGRES);
                var link = CuttableLink.toPostgres(fresh.postgresUrl());
                var db = Database.open(StoreConfig.url(link.route(fresh.postgresUrl()))
                        .withSchema(fresh.schema())
                        .withPoolSize(4)
                        .withConnectTimeout(Duration.ofMillis(300)))) {
            Harness h = new Harness(db, Fixtures.bank(20), "bot-1", new ManualClock(Harness.T0));
            h.start(ALICE, "", 2, 30, "choice");
            String id = h.round(ALICE).id();
            String right1 = h.option(id, 1, true);

            link.cut();
            h.clock.advance(Duration.ofSeconds(3));
            h.click(BOB, right1); // pauses the round, the answer waits
            int postedBefore = h.outbox.sent().size();
            // Another process (with its own way to the database) stops the round meanwhile.
            assertTrue(new QuizStore(fresh.database()).endRound(id, h.clock.millis()));

            link.restore();
            for (long deadline = System.nanoTime() + 20_000_000_000L;
                    System.nanoTime() < deadline
                            && h.events(QuizEvent.ScoresResumed.class).isEmpty(); ) {
                h.advance(Rounds.PAUSE_RETRY);
            }
            assertEquals(1, h.events(QuizEvent.ScoresResumed.class).getFirst().counted());
            assertEquals(postedBefore, h.outbox.sent().size(), "no \"scores are back\" in an ended round");
            assertEquals(
                    List.of("u-bob"),
                    h.store.answers(id, 1).stream().map(AnswerRow::userId).toList());
        }
    }
}
