package dev.wenda.bot.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything stored about one platform user, for data-protection requests ({@code wenda admin
 * forget-user}): their answers (and so their scores), first-correct marks, skip votes, group memberships, review
 * items, 👍/👎 on answers and personal review rounds are deleted; rounds they started, groups they created and board
 * resets they made stay for the other players, with the user's id and name replaced by {@value
 * #FORGOTTEN}. Forgetting runs in one transaction, so it happens completely or not at all.
 */
public final class UserData {
    /** What replaces a forgotten user's id and name where a row must stay. */
    public static final String FORGOTTEN = "(forgotten)";

    private final Jdbc jdbc;

    public UserData(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /**
     * Forgets {@code userId} on {@code platform} ({@code DISCORD}, {@code SLACK}, {@code CONSOLE}) in
     * {@code community}, or in every community of the platform when it is empty.
     *
     * @return rows touched per table and action, in a stable order, e.g. {@code answers (deleted)=12}
     */
    public Map<String, Integer> forgetUser(String platform, Optional<String> community, String userId) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(userId, "userId");
        Scope scope = new Scope(platform, community);
        String rounds = "select id from rounds where " + scope.where;
        String personal = rounds + " and starter_id = ? and personal = true";
        return jdbc.inTransaction(tx -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            // The communities whose boards show the user, read before their rows go: each one's
            // version is bumped below, so boards cached by any process forget the user.
            List<String> boards = community.isPresent()
                    ? List.of(community.get())
                    : tx.query(
                            "select distinct community from board_players where platform = ? and user_id = ?",
                            r -> r.getString(1),
                            platform,
                            userId);
            // Personal review rounds belong to the user alone (their channel key holds the user id).
            int personalRows = 0;
            for (String table : List.of("answers", "first_correct", "skip_votes", "round_questions", "active_rounds")) {
                personalRows += update(
                        tx, "delete from " + table + " where round_id in (" + personal + ")", scope.with(userId));
            }
            personalRows += update(
                    tx,
                    "delete from seen_entries where channel_key in (select channel_key from rounds where " + scope.where
                            + " and starter_id = ? and personal = true)",
                    scope.with(userId));
            counts.put(
                    "rounds (personal, deleted)",
                    update(
                            tx,
                            "delete from rounds where " + scope.where + " and starter_id = ? and personal = true",
                            scope.with(userId)));
            counts.put("personal round rows (deleted)", personalRows);
            // The user's rows in rounds of the scope, then their rows keyed by the scope itself.
            for (String table : List.of("answers", "first_correct", "skip_votes")) {
                counts.put(
                        table + " (deleted)",
                        update(
                                tx,
                                "delete from " + table + " where user_id = ? and round_id in (" + rounds + ")",
                                scope.after(userId)));
            }
            counts.put(
                    "board_totals (deleted)",
                    update(tx, "delete from board_totals where user_id = ? and " + scope.where, scope.after(userId)));
            counts.put(
                    "board_players (deleted)",
                    update(tx, "delete from board_players where user_id = ? and " + scope.where, scope.after(userId)));
            for (String table : List.of("group_members", "review_items", "answer_feedback")) {
                counts.put(
                        table + " (deleted)",
                        update(
                                tx,
                                "delete from " + table + " where " + scope.where + " and user_id = ?",
                                scope.with(userId)));
            }
            counts.put(
                    "rounds (anonymised)",
                    update(
                            tx,
                            "update rounds set starter_id = ?, starter_name = ? where " + scope.where
                                    + " and starter_id = ?",
                            concat(List.of(FORGOTTEN, FORGOTTEN), scope.with(userId))));
            counts.put(
                    "study_groups (anonymised)",
                    update(
                            tx,
                            "update study_groups set created_by = ? where " + scope.where + " and created_by = ?",
                            concat(List.of(FORGOTTEN), scope.with(userId))));
            counts.put(
                    "seasons (anonymised)",
                    update(
                            tx,
                            "update seasons set reset_by = ?, reset_by_name = ? where " + scope.where
                                    + " and reset_by = ?",
                            concat(List.of(FORGOTTEN, FORGOTTEN), scope.with(userId))));
            // Boards cached by any process must forget the user's rows.
            for (String shown : boards) {
                BoardVersions.bump(tx, platform, shown);
            }
            return counts;
        });
    }

    /** The platform, and the community when given, as a where clause and its parameters. */
    private record Scope(String where, List<Object> params) {
        Scope(String platform, Optional<String> community) {
            this(
                    community.isPresent() ? "platform = ? and community = ?" : "platform = ?",
                    community.isPresent() ? List.of(platform, community.get()) : List.of(platform));
        }

        /** The scope's parameters, then {@code value}. */
        List<Object> with(Object value) {
            return concat(params, List.of(value));
        }

        /** {@code value}, then the scope's parameters. */
        List<Object> after(Object value) {
            return concat(List.of(value), params);
        }
    }

    private static List<Object> concat(List<?> first, List<?> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static int update(Jdbc.Tx tx, String sql, List<Object> params) throws SQLException {
        return tx.update(sql, params.toArray());
    }
}
