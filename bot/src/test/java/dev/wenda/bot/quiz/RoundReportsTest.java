package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The report posted after every round's scoreboard. */
class RoundReportsTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");

    private TestDatabases.Fresh db;
    private Harness h;

    @BeforeEach
    void open() {
        db = TestDatabases.open(Backend.H2);
        h = Harness.on(db.database(), Fixtures.bank(8));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void typed(Origin who, String text) {
        h.engine.answer(new ChatRequest.TypedAnswer(who, text));
    }

    @Test
    @DisplayName("numeric questions are reported with their answers and winners; they queue nothing for review")
    void numericRound_reportNamesWinners_queuesNothing() {
        h.start(ALICE, "", 2, 30, "numeric");
        String id = h.round(ALICE).id();
        Question.Numeric q1 = (Question.Numeric) h.question(id, 1);
        Question.Numeric q2 = (Question.Numeric) h.question(id, 2);
        h.advance(Duration.ofSeconds(5));
        typed(ALICE, q1.answer().toPlainString());
        typed(BOB, q1.answer().add(java.math.BigDecimal.TEN).toPlainString());
        h.advance(Duration.ofSeconds(30));
        h.advance(Duration.ofSeconds(30));

        Reply report = h.outbox.last().reply();
        assertEquals("Round report", report.title());
        assertEquals(
                "**1.** " + q1.prompt() + "\n✅ " + q1.answer().toPlainString() + " · alice\n"
                        + "**2.** " + q2.prompt() + "\n✅ " + q2.answer().toPlainString() + " · nobody\n\n"
                        + "No misses: nothing new to review.",
                report.markdown());
    }

    @Test
    @DisplayName("a round stopped before any question was answered reports in the starter's language")
    void stoppedRound_chineseReport() {
        Origin zh = new Origin(
                ALICE.platform(), ALICE.community(), ALICE.channel(), ALICE.user(), "alice", Locale.CHINA, false);
        h.start(zh, "cnn", 3, 30, "choice");
        String id = h.round(zh).id();
        Question.Options q1 = (Question.Options) h.question(id, 1);
        h.advance(Duration.ofSeconds(5));
        h.click(BOB, h.option(id, 1, false));
        h.engine.stop(new ChatRequest.QuizStop(zh));

        Reply report = h.outbox.last().reply();
        assertEquals("本轮报告", report.title());
        assertEquals(
                "**1.** " + q1.question() + "\n✅ " + QuizTexts.correctAnswer(q1) + " · 无人答对\n\n"
                        + "已加入 `/review` 复习：\n- bob: " + q1.entryId(),
                report.markdown());
    }

    @Test
    @DisplayName("long questions and answers are cut to one line of 80 characters")
    void cut_keepsOneShortLine() {
        assertEquals("a b c", RoundReports.cut("a\n b\t\tc "));
        String long90 = "字".repeat(90);
        assertEquals("字".repeat(79) + "…", RoundReports.cut(long90));
    }
}
