package dev.wenda.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.OptionalLong;

/** Result-set rows to store records; nullable columns become empty optionals. */
final class StoreRows {
    private StoreRows() {}

    static RoundRow round(ResultSet r) throws SQLException {
        long ended = r.getLong("ended_at");
        boolean endedNull = r.wasNull();
        long lease = r.getLong("lease_until");
        boolean leaseNull = r.wasNull();
        return new RoundRow(
                r.getString("id"),
                r.getString("platform"),
                r.getString("community"),
                r.getString("channel"),
                r.getString("channel_key"),
                r.getString("starter_id"),
                r.getString("starter_name"),
                r.getString("topic"),
                r.getString("locale"),
                r.getBoolean("personal"),
                r.getInt("question_count"),
                r.getInt("seconds"),
                "OPEN".equals(r.getString("status")),
                r.getInt("current_no"),
                r.getLong("started_at"),
                endedNull ? OptionalLong.empty() : OptionalLong.of(ended),
                Optional.ofNullable(r.getString("owner")),
                leaseNull ? OptionalLong.empty() : OptionalLong.of(lease));
    }

    static QuestionRow question(ResultSet r) throws SQLException {
        long posted = r.getLong("posted_at");
        boolean postedNull = r.wasNull();
        long closes = r.getLong("closes_at");
        boolean closesNull = r.wasNull();
        return new QuestionRow(
                r.getString("round_id"),
                r.getInt("question_no"),
                r.getString("kind"),
                r.getString("entry_id"),
                r.getString("topic"),
                r.getString("payload"),
                postedNull ? OptionalLong.empty() : OptionalLong.of(posted),
                closesNull ? OptionalLong.empty() : OptionalLong.of(closes),
                r.getBoolean("revealed"),
                Optional.ofNullable(r.getString("message_id")));
    }

    static AnswerRow answer(ResultSet r) throws SQLException {
        return new AnswerRow(
                r.getString("round_id"),
                r.getInt("question_no"),
                r.getString("user_id"),
                r.getString("user_name"),
                r.getString("answer"),
                r.getBoolean("graded"),
                r.getBoolean("correct"),
                r.getBoolean("first_correct"),
                r.getInt("points"),
                r.getInt("streak"),
                r.getString("topic"),
                r.getString("entry_id"),
                r.getLong("answered_at"));
    }
}
