package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.Standing;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuizRoundTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");

    private TestDatabases.Fresh db;
    private Harness h;

    @BeforeEach
    void open() {
        db = TestDatabases.open(Backend.H2);
        h = Harness.on(db.database(), Fixtures.bank(40));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    @DisplayName("a 10-question round plays to its scoreboard on a fake clock, with speed, first and streak bonuses")
    void tenQuestionRound_playsToScoreboard() {
        Reply started = h.start(ALICE, "", 10, 30, "choice");
        assertEquals("alice started a quiz: all topics, 10 questions, 30 s each.", started.markdown());
        String id = h.round(ALICE).id();
        for (int no = 1; no <= 10; no++) {
            h.advance(Duration.ofSeconds(5));
            assertEquals(
                    "Answer recorded: " + letter(h, id, no, true),
                    h.click(ALICE, h.option(id, no, true)).markdown());
            h.advance(Duration.ofSeconds(1));
            h.click(BOB, h.option(id, no, false));
            assertEquals(
                    "You already answered question " + no + "; your first answer counts.",
                    h.click(ALICE, h.option(id, no, false)).markdown());
            h.advance(Duration.ofSeconds(24));
        }
        // alice: 100 + floor(50×25/30)=41 + 20 first + streak min(10(k−1), 50), k = 1..10
        List<Standing> scores = h.events(QuizEvent.RoundEnded.class).getFirst().scores();
        assertEquals(new Standing("u-alice", "alice", 1960, 10, 10, 1, 10), scores.get(0));
        assertEquals(new Standing("u-bob", "bob", 0, 0, 10, 1, 0), scores.get(1));
        assertEquals(10, h.events(QuizEvent.QuestionPosted.class).size());
        assertEquals(10, h.events(QuizEvent.QuestionRevealed.class).size());
        assertEquals(
                "```\n#  player  points  correct  streak\n1  alice     1960    10/10      10\n2  bob          0     0/10       0\n```",
                h.outbox.beforeLast().reply().markdown());
        assertEquals("Round report", h.outbox.last().reply().title());
        assertTrue(h.store.activeRound(QuizEngine.channelKey(ALICE)).isEmpty());
        assertEquals(0, h.scheduler.pending());
    }

    @Test
    @DisplayName(
            "a question's reveal edits its message: right option, the entry's answer, who got it, the full-answer button")
    void reveal_editsQuestionWithAnswerAndWinners() {
        h.start(ALICE, "cnn", 2, 30, "choice");
        String id = h.round(ALICE).id();
        Question.Options q = (Question.Options) h.question(id, 1);
        Reply posted = h.outbox.sent().getFirst().reply();
        assertEquals("Quiz 1/2 · choice", posted.title());
        assertEquals(h.clock.instant().plusSeconds(30), posted.deadline().orElseThrow());
        assertEquals(
                List.of("quiz:" + id + ":1:0", "quiz:" + id + ":1:1", "quiz:" + id + ":1:2", "quiz:" + id + ":1:3"),
                posted.actions().stream().map(Reply.Action::id).toList());
        h.advance(Duration.ofSeconds(3));
        h.click(BOB, h.option(id, 1, true));
        h.advance(Duration.ofSeconds(27));
        RecordingOutbox.Sent reveal = h.outbox.sent().get(1);
        assertTrue(reveal.edit());
        assertEquals("m1", reveal.messageId());
        char letter = "ABCD".charAt(q.correct());
        assertEquals(
                "**" + q.question() + "**\n\n✅ **" + letter + ".** "
                        + q.options().get(q.correct()) + "\n\n> " + q.answer() + "\n\nCorrect: ⚡bob +165",
                reveal.reply().markdown());
        List<Reply.Action> closed = reveal.reply().actions();
        assertEquals(
                List.of(
                        "quiz:" + id + ":1:0",
                        "quiz:" + id + ":1:1",
                        "quiz:" + id + ":1:2",
                        "quiz:" + id + ":1:3",
                        "ask:entry:" + q.entryId()),
                closed.stream().map(Reply.Action::id).toList());
        assertTrue(closed.subList(0, 4).stream().allMatch(Reply.Action::disabled));
        assertEquals("✅ " + letter, closed.get(q.correct()).label());
        assertEquals(Reply.Style.SUCCESS, closed.get(q.correct()).style());
        assertFalse(closed.get(4).disabled());
        assertTrue(q.answer().startsWith("Answer "), q.answer());
    }

    @Test
    @DisplayName("a second start in the channel is refused, naming who started the running round")
    void start_whileRunning_isRefusedWithStarter() {
        h.start(ALICE, "", 3, 30, "");
        Reply second = h.start(BOB, "", 3, 30, "");
        assertEquals(
                "A round started by alice is already running here; start another when it ends.", second.markdown());
        assertTrue(second.ephemeral());
    }

    @Test
    @DisplayName("start rejects counts, seconds and kinds out of range with the bad value")
    void start_badArguments_areExplained() {
        assertEquals(
                "Questions must be 1-50, was 51.",
                h.start(ALICE, "", 51, 30, "").markdown());
        assertEquals(
                "Seconds per question must be 10-300, was 5.",
                h.start(ALICE, "", 5, 5, "").markdown());
        assertEquals(
                "unknown question kind 'essay'; use choice, reverse, numeric, flashcard, typed or mixed",
                h.start(ALICE, "", 5, 30, "essay").markdown());
        assertEquals(
                "No entries match the topic \"gan\".",
                h.start(ALICE, "gan", 5, 30, "choice").markdown());
    }

    @Test
    @DisplayName("only the starter or an admin stops a round; stopping reveals the question and posts the scoreboard")
    void stop_byOthersRefused_byAdminEnds() {
        h.start(ALICE, "", 5, 30, "choice");
        String id = h.round(ALICE).id();
        h.click(ALICE, h.option(id, 1, true));
        assertEquals(
                "Only alice (who started it) or an admin can stop this round.",
                h.engine.stop(new ChatRequest.QuizStop(BOB)).markdown());
        assertEquals(
                "Round stopped.",
                h.engine.stop(new ChatRequest.QuizStop(Fixtures.admin("carol"))).markdown());
        QuizEvent.RoundEnded ended = h.events(QuizEvent.RoundEnded.class).getFirst();
        assertEquals(EndReason.STOPPED, ended.reason());
        assertEquals(170, ended.scores().getFirst().points());
        assertTrue(h.outbox.beforeLast().reply().markdown().startsWith("The round was stopped."));
        assertEquals(0, h.scheduler.pending());
    }

    @Test
    @DisplayName("skip: the starter skips at once; other players need a majority of active players")
    void skip_starterAtOnce_playersByMajority() {
        h.start(ALICE, "", 5, 30, "choice");
        String id = h.round(ALICE).id();
        assertEquals(
                "Skipped question 1.",
                h.engine.skip(new ChatRequest.QuizSkip(ALICE)).markdown());
        assertEquals(2, h.round(ALICE).currentNo());
        Origin carol = Fixtures.player("carol");
        Origin dave = Fixtures.player("dave");
        for (Origin p : List.of(BOB, carol, dave)) {
            h.click(p, h.option(id, 2, false));
        }
        assertEquals(
                "Only the starter or players of this round can vote to skip.",
                h.engine.skip(new ChatRequest.QuizSkip(Fixtures.player("eve"))).markdown());
        assertEquals(
                "Skip vote 1/2.", h.engine.skip(new ChatRequest.QuizSkip(BOB)).markdown());
        assertEquals(
                "Majority reached: skipped question 2.",
                h.engine.skip(new ChatRequest.QuizSkip(carol)).markdown());
        assertEquals(3, h.round(ALICE).currentNo());
    }

    @Test
    @DisplayName(
            "typed answers: numbers are normalized and graded with tolerance, letters pick options, chat is ignored")
    void typedAnswers_normalizedAndChatIgnored() {
        h.start(ALICE, "", 2, 30, "numeric");
        String id = h.round(ALICE).id();
        Question.Numeric q = (Question.Numeric) h.question(id, 1);
        assertEquals(Optional.empty(), h.engine.answer(new ChatRequest.TypedAnswer(BOB, "hello everyone")));
        String fullWidth = q.answer()
                .toPlainString()
                .chars()
                .mapToObj(c -> String.valueOf((char) (c - '0' + '０')))
                .reduce("", String::concat);
        assertEquals(
                "Answer recorded: " + q.answer().toPlainString(),
                h.engine
                        .answer(new ChatRequest.TypedAnswer(ALICE, fullWidth))
                        .orElseThrow()
                        .markdown());
        h.engine.answer(new ChatRequest.TypedAnswer(
                BOB, q.answer().add(java.math.BigDecimal.ONE).toPlainString()));
        h.advance(Duration.ofSeconds(30));
        QuizEvent.QuestionRevealed revealed =
                h.events(QuizEvent.QuestionRevealed.class).getFirst();
        assertEquals(List.of("alice"), revealed.correctUsers());
        assertFalse(h.outbox.sent().get(0).reply().markdown().isEmpty());
        assertTrue(h.outbox.sent().get(0).reply().markdown().contains("Type the number"));
        assertTrue(h.outbox
                .sent()
                .get(1)
                .reply()
                .markdown()
                .contains("✅ **" + QuizTexts.grouped(q.answer()) + "** (±0.5)"));
        assertEquals("231,211,008", QuizTexts.grouped(new java.math.BigDecimal("231211008")));
        assertEquals("0.25", QuizTexts.grouped(new java.math.BigDecimal("0.25")));
        assertEquals("1560", QuizTexts.grouped(new java.math.BigDecimal("1560")));
    }

    @Test
    @DisplayName("answers after the deadline are too late, even before the reveal timer ran")
    void answer_afterDeadline_isTooLate() {
        h.start(ALICE, "", 2, 30, "choice");
        String id = h.round(ALICE).id();
        h.clock.advance(Duration.ofSeconds(31));
        assertEquals(
                "Too late: question 1 is closed.",
                h.click(BOB, h.option(id, 1, true)).markdown());
    }

    @Test
    @DisplayName("a channel sees no entry twice until the topic's pool is used up")
    void noRepeats_untilPoolUsedUp() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int round = 0; round < 4; round++) {
            h.start(ALICE, "cnn", 5, 10, "choice");
            String id = h.round(ALICE).id();
            for (int no = 1; no <= 5; no++) {
                assertTrue(seen.add(h.question(id, no).entryId()), "repeat in round " + round);
            }
            h.engine.stop(new ChatRequest.QuizStop(ALICE));
        }
        assertEquals(20, seen.size()); // every cnn entry once
        h.start(ALICE, "cnn", 5, 10, "choice");
        assertTrue(seen.contains(h.question(h.round(ALICE).id(), 1).entryId()));
    }

    @Test
    @DisplayName("flashcards reveal the answer with knew/didn't buttons; didn't sends the entry to review")
    void flashcard_marksFeedReview() {
        h.start(ALICE, "", 1, 30, "flashcard");
        String id = h.round(ALICE).id();
        assertEquals(List.of(), h.outbox.sent().getFirst().reply().actions());
        assertEquals(
                "Mark it once the answer is shown.",
                h.click(BOB, QuizTexts.actionId(id, 1, "didnt")).markdown());
        h.advance(Duration.ofSeconds(30));
        Reply reveal = h.outbox.sent().get(1).reply();
        assertEquals(
                List.of("quiz:" + id + ":1:knew", "quiz:" + id + ":1:didnt"),
                reveal.actions().subList(0, 2).stream().map(Reply.Action::id).toList());
        assertEquals(
                "Marked: didn't; it goes to your review.",
                h.click(BOB, QuizTexts.actionId(id, 1, "didnt")).markdown());
        assertEquals(
                "You already marked this card.",
                h.click(BOB, QuizTexts.actionId(id, 1, "knew")).markdown());
        String entry = h.question(id, 1).entryId();
        assertEquals(List.of(entry), h.reviews.due("CONSOLE", "console", "u-bob", h.clock.millis(), 10));
    }

    private static String letter(Harness h, String id, int no, boolean right) {
        Question.Options q = (Question.Options) h.question(id, no);
        return String.valueOf("ABCD".charAt(right ? q.correct() : (q.correct() + 1) % 4));
    }
}
