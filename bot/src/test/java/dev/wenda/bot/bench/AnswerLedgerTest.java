package dev.wenda.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.bench.AnswerLedger.Ack;
import dev.wenda.bot.bench.AnswerLedger.PostedScore;
import dev.wenda.bot.bench.AnswerLedger.QuestionKey;
import dev.wenda.bot.bench.AnswerLedger.Reconciliation;
import dev.wenda.bot.bench.AnswerLedger.Slot;
import dev.wenda.bot.bench.AnswerLedger.StoredAnswer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnswerLedgerTest {
    private static final Slot ANN_Q1 = new Slot("r1", 1, "U1");
    private static final Slot BEN_Q1 = new Slot("r1", 1, "U2");
    private static final Slot ANN_Q2 = new Slot("r1", 2, "U1");
    private static final Map<QuestionKey, String> CORRECT =
            Map.of(new QuestionKey("r1", 1), "B", new QuestionKey("r1", 2), "C");

    /** Ann: B (right) then a refused second click; C (right). Ben: A (wrong). */
    private static AnswerLedger played() {
        AnswerLedger ledger = new AnswerLedger();
        ledger.sent(ANN_Q1, "ann", "B");
        ledger.sent(ANN_Q1, "ann", "D");
        ledger.sent(BEN_Q1, "ben", "A");
        ledger.sent(ANN_Q2, "ann", "C");
        ledger.acked(ANN_Q1, "B", Ack.RECORDED);
        ledger.acked(ANN_Q1, "D", Ack.DUPLICATE);
        ledger.acked(BEN_Q1, "A", Ack.RECORDED);
        ledger.acked(ANN_Q2, "C", Ack.RECORDED);
        return ledger;
    }

    private static final List<StoredAnswer> ROWS = List.of(
            new StoredAnswer(ANN_Q1, "B", 15), new StoredAnswer(BEN_Q1, "A", 0), new StoredAnswer(ANN_Q2, "C", 12));
    private static final Map<String, Map<String, PostedScore>> BOARD =
            Map.of("r1", Map.of("ann", new PostedScore(27, 2, 2), "ben", new PostedScore(0, 0, 1)));

    @Test
    @DisplayName("receipts matching the rows and the posted scoreboard reconcile clean")
    void clean() {
        Reconciliation r = played().reconcile(ROWS, CORRECT, BOARD);
        assertEquals(new Reconciliation(4, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1), r);
        assertTrue(r.clean());
    }

    @Test
    @DisplayName("an acknowledged answer missing from the store is lost, and the scoreboard no longer matches")
    void lost() {
        Reconciliation r = played().reconcile(List.of(ROWS.get(0), ROWS.get(1)), CORRECT, BOARD);
        assertEquals(1, r.lost());
        assertEquals(1, r.scoreMismatches());
        assertFalse(r.clean());
    }

    @Test
    @DisplayName("two 'recorded' receipts for one slot are a double count")
    void doubled() {
        AnswerLedger ledger = played();
        ledger.sent(BEN_Q1, "ben", "C");
        ledger.acked(BEN_Q1, "C", Ack.RECORDED);
        Reconciliation r = ledger.reconcile(ROWS, CORRECT, BOARD);
        assertEquals(1, r.doubled());
        assertFalse(r.clean());
    }

    @Test
    @DisplayName(
            "a stored row nobody was told about, and a stored letter other than the acknowledged click's, are flagged")
    void unacknowledgedRowAndWrongLetter() {
        AnswerLedger ledger = new AnswerLedger();
        ledger.sent(ANN_Q1, "ann", "B");
        ledger.acked(ANN_Q1, "B", Ack.RECORDED);
        ledger.sent(BEN_Q1, "ben", "A");
        Reconciliation r = ledger.reconcile(
                List.of(new StoredAnswer(ANN_Q1, "D", 0), new StoredAnswer(BEN_Q1, "A", 0)), CORRECT, Map.of());
        assertEquals(1, r.wrongAnswerStored());
        assertEquals(1, r.rowsWithoutAck());
        assertEquals(1, r.unacknowledged());
        assertFalse(r.clean());
    }

    @Test
    @DisplayName("a posted score that differs in points, correct or answered counts is a mismatch")
    void scoreMismatch() {
        Map<String, Map<String, PostedScore>> board =
                Map.of("r1", Map.of("ann", new PostedScore(27, 1, 2), "ben", new PostedScore(0, 0, 1)));
        assertEquals(1, played().reconcile(ROWS, CORRECT, board).scoreMismatches());
    }

    @Test
    @DisplayName("late receipts are counted but are not errors")
    void late() {
        AnswerLedger ledger = new AnswerLedger();
        ledger.sent(ANN_Q1, "ann", "B");
        ledger.acked(ANN_Q1, "B", Ack.LATE);
        Reconciliation r = ledger.reconcile(List.of(), CORRECT, Map.of());
        assertEquals(1, r.late());
        assertTrue(r.clean());
    }

    @Test
    @DisplayName("settling a round adds it to the running totals and drops its per-answer entries")
    void settleKeepsCountersOnly() {
        AnswerLedger ledger = played();
        Slot cara = new Slot("r2", 1, "U3");
        ledger.sent(cara, "cara", "A");
        assertEquals(4, ledger.openSlots());
        assertFalse(ledger.complete("r2"));
        assertTrue(ledger.complete("r1"));

        Reconciliation first = ledger.settle(List.of("r1"), ROWS, CORRECT, BOARD);
        assertEquals(new Reconciliation(4, 3, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1), first);
        assertEquals(1, ledger.openSlots());

        ledger.acked(cara, "A", Ack.RECORDED);
        ledger.acked(ANN_Q1, "B", Ack.RECORDED); // a receipt for a settled round is only counted
        Reconciliation both = ledger.settle(
                List.of("r2"),
                List.of(new StoredAnswer(cara, "A", 10)),
                Map.of(new QuestionKey("r2", 1), "A"),
                Map.of("r2", Map.of("cara", new PostedScore(10, 1, 1))));
        assertEquals(new Reconciliation(5, 4, 1, 0, 0, 0, 0, 0, 0, 0, 0, 2), both);
        assertEquals(0, ledger.openSlots());
        assertEquals(1, ledger.receiptsAfterSettling());
        assertTrue(both.clean());
    }

    @Test
    @DisplayName("a click still without a receipt when its round is settled counts as unacknowledged")
    void settleWithMissingReceipt() {
        AnswerLedger ledger = new AnswerLedger();
        ledger.sent(ANN_Q1, "ann", "B");
        Reconciliation r = ledger.settle(List.of("r1"), List.of(), CORRECT, Map.of());
        assertEquals(1, r.unacknowledged());
        assertFalse(r.clean());
    }
}
