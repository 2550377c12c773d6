package dev.wenda.bot.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Each player's spaced-review queue: entries they missed, each at a stage and due at a time. When
 * an entry moves on after a recall is the quiz's rule ({@link NextStage}); the queue only keeps it.
 */
public final class ReviewQueue {
    private final Jdbc jdbc;

    public ReviewQueue(Database database) {
        this.jdbc = database.jdbc();
    }

    /** Puts an entry (back) at the start of the user's review queue, due at {@code now}. */
    public void missed(String platform, String community, String userId, String entryId, long now) {
        missed(platform, community, List.of(userId), entryId, now);
    }

    /** {@link #missed(String, String, String, String, long)} for several users, in one transaction. */
    public void missed(String platform, String community, Collection<String> userIds, String entryId, long now) {
        if (userIds.isEmpty()) {
            return;
        }
        jdbc.inTransaction(tx -> {
            for (String userId : userIds) {
                int updated = tx.update(
                        "update review_items set stage = 0, due_at = ? where platform = ? and community = ?"
                                + " and user_id = ? and entry_id = ?",
                        now,
                        platform,
                        community,
                        userId,
                        entryId);
                if (updated == 0) {
                    tx.update(
                            "insert into review_items (platform, community, user_id, entry_id, stage, due_at)"
                                    + " values (?, ?, ?, ?, 0, ?) on conflict do nothing",
                            platform,
                            community,
                            userId,
                            entryId,
                            now);
                }
            }
            return null;
        });
    }

    /** Where a recalled entry goes from {@code stage}: on to the next stage, or out of the queue (empty). */
    @FunctionalInterface
    public interface NextStage {
        Optional<Due> after(int stage);
    }

    /** A queued entry's stage and when it is due (epoch ms). */
    public record Due(int stage, long at) {}

    /** Moves a recalled entry where {@code next} says. Does nothing for entries not in the queue. */
    public void recalled(String platform, String community, String userId, String entryId, NextStage next) {
        jdbc.inTransaction(tx -> {
            var stage = tx.queryOne(
                    "select stage from review_items where platform = ? and community = ? and user_id = ?"
                            + " and entry_id = ?",
                    row -> row.getInt(1),
                    platform,
                    community,
                    userId,
                    entryId);
            if (stage.isEmpty()) {
                return null;
            }
            Optional<Due> due = next.after(stage.get());
            if (due.isEmpty()) {
                tx.update(
                        "delete from review_items where platform = ? and community = ? and user_id = ?"
                                + " and entry_id = ?",
                        platform,
                        community,
                        userId,
                        entryId);
            } else {
                tx.update(
                        "update review_items set stage = ?, due_at = ? where platform = ? and community = ?"
                                + " and user_id = ? and entry_id = ?",
                        due.get().stage(),
                        due.get().at(),
                        platform,
                        community,
                        userId,
                        entryId);
            }
            return null;
        });
    }

    /** Entry ids due for review at {@code now}, most overdue first. */
    public List<String> due(String platform, String community, String userId, long now, int limit) {
        return jdbc.query(
                "select entry_id from review_items where platform = ? and community = ? and user_id = ?"
                        + " and due_at <= ? order by due_at, entry_id limit " + limit,
                row -> row.getString(1),
                platform,
                community,
                userId,
                now);
    }

    /** The next time something becomes due, if the queue is not empty. */
    public OptionalLong nextDue(String platform, String community, String userId) {
        return jdbc.queryOne(
                        "select min(due_at) from review_items where platform = ? and community = ? and user_id = ?",
                        StoreRows::firstOptionalLong,
                        platform,
                        community,
                        userId)
                .orElse(OptionalLong.empty());
    }

    /** A queued entry with its stage and when it is due (epoch ms), for an export. */
    public record Queued(String entryId, int stage, long dueAt) {}

    /** Everything in the user's queue, soonest due first. */
    public List<Queued> all(String platform, String community, String userId) {
        return jdbc.query(
                "select entry_id, stage, due_at from review_items where platform = ? and community = ? and user_id = ?"
                        + " order by due_at, entry_id",
                row -> new Queued(row.getString(1), row.getInt(2), row.getLong(3)),
                platform,
                community,
                userId);
    }
}
