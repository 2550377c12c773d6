package dev.wenda.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * 👍/👎 verdicts on answers, one per user and entry: a second click replaces the first, so a user
 * who changes their mind counts once, on the side they chose last.
 */
public final class FeedbackStore {
    private final Jdbc jdbc;

    public FeedbackStore(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /** The verdicts on one entry. */
    public record EntryFeedback(String entryId, int helpful, int notHelpful) {}

    /** Records {@code user}'s verdict on {@code entryId}, replacing an earlier one. */
    public void record(String platform, String community, String user, String entryId, boolean helpful, Instant at) {
        jdbc.inTransaction(tx -> {
            tx.update(
                    "delete from answer_feedback where platform = ? and community = ? and user_id = ? and entry_id = ?",
                    platform,
                    community,
                    user,
                    entryId);
            tx.update(
                    "insert into answer_feedback (platform, community, user_id, entry_id, helpful, at)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    platform,
                    community,
                    user,
                    entryId,
                    helpful,
                    at.toEpochMilli());
            return null;
        });
    }

    /** Entries with feedback, the most 👎 first (then the most 👍, then by id), at most {@code limit}. */
    public List<EntryFeedback> summary(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        return jdbc.query(
                "select entry_id,"
                        + " sum(case when helpful then 1 else 0 end) as up,"
                        + " sum(case when helpful then 0 else 1 end) as down"
                        + " from answer_feedback group by entry_id"
                        + " order by down desc, up desc, entry_id limit ?",
                row -> new EntryFeedback(row.getString(1), row.getInt(2), row.getInt(3)),
                limit);
    }
}
