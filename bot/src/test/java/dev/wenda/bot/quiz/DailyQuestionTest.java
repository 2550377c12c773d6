package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.QaEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The daily question on a fake clock: posted each morning, answered privately, revealed the next morning. */
class DailyQuestionTest {
    private static final Origin ADMIN = Fixtures.admin("ada");
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");
    private static final Origin CAROL = Fixtures.player("carol");
    private static final List<QaEntry> BANK = Fixtures.bank(12);
    private static final Duration POLL = Duration.ofMinutes(10);
    private static final String HOW = "Answer privately: click a letter (in the console `/quiz daily A`). One answer"
            + " each; the answer and the results come with tomorrow's question.";

    private static RoundRow daily(Harness h) {
        return h.store
                .activeRound(QuizEngine.channelKey(ADMIN) + ScheduledStarts.DAILY)
                .orElseThrow();
    }

    private static String letter(Harness h, RoundRow round, boolean right) {
        Question.Options q = (Question.Options) h.question(round.id(), 1);
        int index = right ? q.correct() : (q.correct() + 1) % q.options().size();
        return String.valueOf((char) ('A' + index));
    }

    private static String answer(Harness h, Origin who, String letter) {
        return h.service().handle(new ChatRequest.DailyAnswer(who, letter)).markdown();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "a daily question survives a restart, is revealed with the day's results, and streaks reach the boards")
    void dailyQuestion_acrossRestart_revealsResultsAndStreaks(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0); // Monday 09:00 in Shanghai
            Harness first = new Harness(db.database(), BANK, "bot-1", clock);
            ScheduledRoundsTest.say(first, ADMIN, "quiz schedule question 09:30 topic=cnn");
            assertEquals("No daily question is open in this channel.", answer(first, ALICE, "A"));
            first.keeper(POLL).start();
            first.advance(Duration.ofMinutes(30));

            Reply posted = first.outbox.sent().getFirst().reply();
            assertTrue(posted.title().startsWith("Question of the day · "), posted.title());
            assertTrue(posted.markdown().endsWith("\n\n" + HOW), posted.markdown());
            assertEquals(Optional.of(Instant.parse("2026-03-03T01:30:00Z")), posted.deadline());
            assertEquals(4, posted.actions().size());
            RoundRow monday = daily(first);

            first.advance(Duration.ofHours(1));
            Question.Options q = (Question.Options) first.question(monday.id(), 1);
            String right = QuizTexts.actionId(monday.id(), 1, Integer.toString(q.correct()));
            assertEquals(
                    "Answer recorded: " + letter(first, monday, true),
                    first.click(ALICE, right).markdown());
            assertEquals(
                    "Answer recorded: " + letter(first, monday, false),
                    answer(first, BOB, letter(first, monday, false)));
            assertEquals(
                    "You already answered question 1; your first answer counts.",
                    answer(first, BOB, letter(first, monday, true)));
            assertEquals(
                    "'Z9' is not an option; answer with a letter, e.g. `quiz daily A`.", answer(first, CAROL, "Z9"));
            assertEquals(
                    Optional.empty(),
                    first.engine.answer(new ChatRequest.TypedAnswer(CAROL, letter(first, monday, true))),
                    "typed in the channel, a letter is not a daily answer: they are private");

            // A graceful restart at 12:30: the new process resumes the open question and fires the schedule.
            first.advance(Duration.ofHours(2));
            first.engine.handOver();
            Harness second = new Harness(db.database(), BANK, "bot-2", clock);
            assertEquals(1, second.engine.recover());
            second.keeper(POLL).start();
            second.advance(Duration.ofHours(21)); // Tuesday 09:30

            List<RecordingOutbox.Sent> sent = second.outbox.sent();
            assertEquals(3, sent.size(), sent.toString());
            assertTrue(sent.get(0).edit(), "the question's message becomes its reveal");
            assertTrue(
                    sent.get(0).reply().markdown().endsWith("\n\nCorrect: ⚡alice +167"),
                    sent.get(0).toString());
            Reply results = sent.get(1).reply();
            assertEquals("Daily question results", results.title());
            assertEquals("2 answered, 1 right.\n\nDaily streaks: alice 🔥1", results.markdown());
            assertTrue(sent.get(2).reply().title().startsWith("Question of the day · "));

            RoundRow tuesday = daily(second);
            second.advance(Duration.ofHours(1));
            assertEquals(
                    "Answer recorded: " + letter(second, tuesday, true),
                    answer(second, ALICE, letter(second, tuesday, true)));
            second.advance(Duration.ofHours(23)); // Wednesday 09:30
            assertEquals(
                    "1 answered, 1 right.\n\nDaily streaks: alice 🔥2",
                    second.outbox.beforeLast().reply().markdown());

            Reply board = second.service()
                    .handle(new ChatRequest.Leaderboard(
                            ALICE, ChatRequest.Scope.SERVER, ChatRequest.Period.ALL, Optional.empty()));
            assertEquals(
                    "```\n"
                            + "#  player  points  accuracy  rounds  best streak  daily streak\n"
                            + "1  alice      334      100%       2            1             2\n"
                            + "2  bob          0        0%       1            0             0\n"
                            + "```",
                    board.markdown());
            assertTrue(second.service()
                    .handle(new ChatRequest.Me(ALICE))
                    .markdown()
                    .startsWith("Overall: 2/2 (100%)\nDaily question streak: 2 days in a row\n\n"));
        }
    }
}
