package dev.wenda.bot.store;

import java.util.Objects;

/**
 * What the store keeps about one platform user, and forgetting it: the user's answers (and so
 * their scores), first-correct marks, group memberships, review items and personal review rounds
 * are deleted; rounds they started, groups they created and board resets they made stay for the
 * other players, with the user's id and name replaced by {@link #FORGOTTEN}.
 */
public final class UserData {
    /** What replaces a forgotten user's id and name where a row must stay. */
    public static final String FORGOTTEN = "(forgotten)";

    private static final String PERSONAL_ROUNDS =
            "select id from rounds where platform = ? and starter_id = ? and personal = true";
    private static final String PLATFORM_ROUNDS = "select id from rounds where platform = ?";

    private final Jdbc jdbc;

    public UserData(Database db) {
        this.jdbc = Objects.requireNonNull(db, "db").jdbc();
    }

    /** How many rows went (deleted) and how many stay with the user's name removed (anonymized). */
    public record Forgotten(int deleted, int anonymized) {
        public boolean nothing() {
            return deleted == 0 && anonymized == 0;
        }
    }

    /**
     * Forgets {@code userId} on {@code platform} ({@code DISCORD}, {@code SLACK}, {@code CONSOLE})
     * in one transaction.
     */
    public Forgotten forget(String platform, String userId) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(userId, "userId");
        return jdbc.inTransaction(tx -> {
            int deleted = 0;
            // Personal review rounds belong to the user alone: remove them whole.
            for (String table : new String[] {"answers", "first_correct", "round_questions", "active_rounds"}) {
                deleted += tx.update(
                        "delete from " + table + " where round_id in (" + PERSONAL_ROUNDS + ")", platform, userId);
            }
            deleted += tx.update(
                    "delete from seen_entries where channel_key in (select channel_key from rounds where platform = ?"
                            + " and starter_id = ? and personal = true)",
                    platform,
                    userId);
            deleted += tx.update(
                    "delete from rounds where platform = ? and starter_id = ? and personal = true", platform, userId);
            deleted += tx.update(
                    "delete from answers where user_id = ? and round_id in (" + PLATFORM_ROUNDS + ")",
                    userId,
                    platform);
            deleted += tx.update(
                    "delete from first_correct where user_id = ? and round_id in (" + PLATFORM_ROUNDS + ")",
                    userId,
                    platform);
            deleted += tx.update("delete from group_members where platform = ? and user_id = ?", platform, userId);
            deleted += tx.update("delete from review_items where platform = ? and user_id = ?", platform, userId);
            int anonymized = tx.update(
                    "update rounds set starter_id = ?, starter_name = ? where platform = ? and starter_id = ?",
                    FORGOTTEN,
                    FORGOTTEN,
                    platform,
                    userId);
            anonymized += tx.update(
                    "update study_groups set created_by = ? where platform = ? and created_by = ?",
                    FORGOTTEN,
                    platform,
                    userId);
            anonymized += tx.update(
                    "update seasons set reset_by = ?, reset_by_name = ? where platform = ? and reset_by = ?",
                    FORGOTTEN,
                    FORGOTTEN,
                    platform,
                    userId);
            return new Forgotten(deleted, anonymized);
        });
    }
}
