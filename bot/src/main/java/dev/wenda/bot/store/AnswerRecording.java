package dev.wenda.bot.store;

import java.sql.SQLException;
import java.util.OptionalInt;

/**
 * How an answer is recorded, inside one transaction: a player's first answer to a question counts,
 * the first correct answer is decided by the {@code first_correct} primary key (unique however many
 * processes record at once), a correct answer extends the player's streak from the previous graded
 * question, and the points come from the quiz's {@link QuizStore.PointsRule}. A graded answer in a
 * public round is added to the boards' totals ({@link BoardTotals}) in the same transaction.
 */
final class AnswerRecording {
    private AnswerRecording() {}

    static RecordResult record(
            Jdbc.Tx tx, AnswerDraft draft, OptionalInt previousGradedNo, boolean requireOpen, QuizStore.PointsRule rule)
            throws SQLException {
        int inserted = tx.update(
                "insert into answers (" + QuizStore.ANSWER_COLUMNS
                        + ") select ?, ?, ?, ?, ?, ?, ?, false, 0, 0, ?, ?, ?"
                        + " from round_questions where round_id = ? and question_no = ?"
                        + (requireOpen ? " and revealed = false" : "")
                        + " on conflict do nothing",
                draft.roundId(),
                draft.no(),
                draft.userId(),
                draft.userName(),
                draft.answer(),
                draft.graded(),
                draft.correct(),
                draft.topic(),
                draft.entryId(),
                draft.answeredAt(),
                draft.roundId(),
                draft.no());
        if (inserted == 0) {
            boolean exists = tx.queryOne(
                            "select 1 from answers where round_id = ? and question_no = ? and user_id = ?",
                            row -> true,
                            draft.roundId(),
                            draft.no(),
                            draft.userId())
                    .isPresent();
            return exists ? new RecordResult.Duplicate() : new RecordResult.Closed();
        }
        if (!draft.graded()) {
            return new RecordResult.Recorded(row(draft, false, 0, 0));
        }
        int streak = 0;
        boolean first = false;
        if (draft.correct()) {
            int previous = 0;
            if (previousGradedNo.isPresent()) {
                previous = tx.queryOne(
                                "select streak from answers where round_id = ? and question_no = ? and user_id = ?",
                                row -> row.getInt(1),
                                draft.roundId(),
                                previousGradedNo.getAsInt(),
                                draft.userId())
                        .orElse(0);
            }
            streak = previous + 1;
            // Inserted only while the question has no first correct answer yet: once it has one,
            // later answers neither insert nor wait on the row lock of the winner's transaction.
            first = tx.update(
                            "insert into first_correct (round_id, question_no, user_id) select ?, ?, ?"
                                    + " where not exists (select 1 from first_correct where round_id = ?"
                                    + " and question_no = ?) on conflict do nothing",
                            draft.roundId(),
                            draft.no(),
                            draft.userId(),
                            draft.roundId(),
                            draft.no())
                    == 1;
        }
        int points = draft.correct() ? rule.points(first, streak) : 0;
        tx.update(
                "update answers set first_correct = ?, points = ?, streak = ?"
                        + " where round_id = ? and question_no = ? and user_id = ?",
                first,
                points,
                streak,
                draft.roundId(),
                draft.no(),
                draft.userId());
        BoardTotals.add(tx, draft, points, streak);
        return new RecordResult.Recorded(row(draft, first, points, streak));
    }

    private static AnswerRow row(AnswerDraft d, boolean first, int points, int streak) {
        return new AnswerRow(
                d.roundId(),
                d.no(),
                d.userId(),
                d.userName(),
                d.answer(),
                d.graded(),
                d.correct(),
                first,
                points,
                streak,
                d.topic(),
                d.entryId(),
                d.answeredAt());
    }
}
