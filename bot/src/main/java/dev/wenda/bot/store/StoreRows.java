package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Result-set rows to store records; nullable columns become empty optionals. */
final class StoreRows {
    private StoreRows() {}

    /** A nullable bigint column. */
    static OptionalLong optionalLong(ResultSet r, String column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    /** The first column, a nullable bigint (an aggregate such as {@code max(...)}). */
    static OptionalLong firstOptionalLong(ResultSet r) throws SQLException {
        long value = r.getLong(1);
        return r.wasNull() ? OptionalLong.empty() : OptionalLong.of(value);
    }

    static RoundRow round(ResultSet r) throws SQLException {
        return new RoundRow(
                r.getString("id"),
                Platform.valueOf(r.getString("platform")),
                r.getString("community"),
                r.getString("channel"),
                r.getString("channel_key"),
                r.getString("starter_id"),
                r.getString("starter_name"),
                r.getString("topic"),
                Locale.forLanguageTag(r.getString("locale")),
                r.getBoolean("personal"),
                r.getInt("question_count"),
                r.getInt("seconds"),
                RoundStatus.valueOf(r.getString("status")) == RoundStatus.OPEN,
                r.getInt("current_no"),
                r.getLong("started_at"),
                optionalLong(r, "ended_at"),
                Optional.ofNullable(r.getString("owner")),
                optionalLong(r, "lease_until"));
    }

    static QuestionRow question(ResultSet r) throws SQLException {
        return new QuestionRow(
                r.getString("round_id"),
                r.getInt("question_no"),
                r.getString("kind"),
                r.getString("entry_id"),
                r.getString("topic"),
                r.getString("payload"),
                optionalLong(r, "posted_at"),
                optionalLong(r, "closes_at"),
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
