package dev.wenda.bot.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything stored about one user of one community, for data-protection requests ({@code wenda
 * admin forget-user}). Forgetting runs in one transaction, so it happens completely or not at all.
 */
public final class UserData {
    /** What replaces a forgotten user's id and name where a row must stay (a round they started). */
    public static final String FORGOTTEN = "(forgotten)";

    private static final String ROUNDS_OF_COMMUNITY =
            "round_id in (select id from rounds where platform = ? and community = ?)";

    private final Jdbc jdbc;

    public UserData(Database database) {
        this.jdbc = database.jdbc();
    }

    /**
     * Deletes the user's answers, first-correct marks, group memberships and review items in the
     * community, and replaces their id and name with {@value #FORGOTTEN} in rows that must stay: rounds
     * they started, groups they created, board resets they made.
     *
     * @return rows touched per table and action, in a stable order, e.g. {@code answers (deleted)=12}
     */
    public Map<String, Integer> forgetUser(String platform, String community, String userId) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(userId, "userId");
        return jdbc.inTransaction(tx -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            counts.put(
                    "answers (deleted)",
                    tx.update(
                            "delete from answers where user_id = ? and " + ROUNDS_OF_COMMUNITY,
                            userId,
                            platform,
                            community));
            counts.put(
                    "first_correct (deleted)",
                    tx.update(
                            "delete from first_correct where user_id = ? and " + ROUNDS_OF_COMMUNITY,
                            userId,
                            platform,
                            community));
            counts.put(
                    "group_members (deleted)",
                    tx.update(
                            "delete from group_members where platform = ? and community = ? and user_id = ?",
                            platform,
                            community,
                            userId));
            counts.put(
                    "review_items (deleted)",
                    tx.update(
                            "delete from review_items where platform = ? and community = ? and user_id = ?",
                            platform,
                            community,
                            userId));
            counts.put(
                    "rounds (anonymised)",
                    tx.update(
                            "update rounds set starter_id = ?, starter_name = ?"
                                    + " where platform = ? and community = ? and starter_id = ?",
                            FORGOTTEN,
                            FORGOTTEN,
                            platform,
                            community,
                            userId));
            counts.put(
                    "study_groups (anonymised)",
                    tx.update(
                            "update study_groups set created_by = ? where platform = ? and community = ? and created_by = ?",
                            FORGOTTEN,
                            platform,
                            community,
                            userId));
            counts.put(
                    "seasons (anonymised)",
                    tx.update(
                            "update seasons set reset_by = ?, reset_by_name = ?"
                                    + " where platform = ? and community = ? and reset_by = ?",
                            FORGOTTEN,
                            FORGOTTEN,
                            platform,
                            community,
                            userId));
            return counts;
        });
    }
}
