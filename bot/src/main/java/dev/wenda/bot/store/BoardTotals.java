package dev.wenda.bot.store;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Keeps {@code board_totals} (V18): one row per player and public round with the player's graded
 * answers in it summed, and {@code board_players}: the same over all the community's rounds; both
 * written in the transaction that records the answer.
 */
final class BoardTotals {
    private record Place(String platform, String community, String channel) {}

    private BoardTotals() {}

    /**
     * Adds a graded answer to its player's row of the round and bumps the community's board
     * version; nothing for a personal round, which no board counts.
     */
    static void add(Jdbc.Tx tx, AnswerDraft draft, int points, int streak) throws SQLException {
        Optional<Place> place = tx.queryOne(
                "select platform, community, channel from rounds where id = ? and personal = false",
                row -> new Place(row.getString(1), row.getString(2), row.getString(3)),
                draft.roundId());
        if (place.isEmpty()) {
            return;
        }
        boolean newRound = false;
        if (update(tx, draft, points, streak) == 0) {
            Place p = place.get();
            int inserted = tx.update(
                    "insert into board_totals (round_id, user_id, platform, community, channel, first_at, last_at,"
                            + " answers, correct, points, best_streak, user_name)"
                            + " values (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?) on conflict do nothing",
                    draft.roundId(),
                    draft.userId(),
                    p.platform(),
                    p.community(),
                    p.channel(),
                    draft.answeredAt(),
                    draft.answeredAt(),
                    draft.correct() ? 1 : 0,
                    points,
                    streak,
                    draft.userName());
            if (inserted == 0) {
                // The player's answer to another question of the round inserted the row meanwhile.
                update(tx, draft, points, streak);
            }
            newRound = inserted == 1;
        }
        addToPlayer(tx, place.get(), draft, points, streak, newRound);
        BoardVersions.bump(tx, place.get().platform(), place.get().community());
    }

    /** Adds the answer to the player's row over all rounds of the community ({@code board_players}). */
    private static void addToPlayer(Jdbc.Tx tx, Place p, AnswerDraft draft, int points, int streak, boolean newRound)
            throws SQLException {
        String update = "update board_players set first_at = least(first_at, ?), last_at = greatest(last_at, ?),"
                + " answers = answers + 1, correct = correct + ?, points = points + ?, rounds = rounds + ?,"
                + " best_streak = greatest(best_streak, ?), user_name = greatest(user_name, ?)"
                + " where platform = ? and community = ? and user_id = ?";
        Object[] params = {
            draft.answeredAt(),
            draft.answeredAt(),
            draft.correct() ? 1 : 0,
            points,
            newRound ? 1 : 0,
            streak,
            draft.userName(),
            p.platform(),
            p.community(),
            draft.userId()
        };
        if (tx.update(update, params) == 1) {
            return;
        }
        int inserted = tx.update(
                "insert into board_players (platform, community, user_id, first_at, last_at, answers, correct,"
                        + " points, rounds, best_streak, user_name) values (?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                p.platform(),
                p.community(),
                draft.userId(),
                draft.answeredAt(),
                draft.answeredAt(),
                draft.correct() ? 1 : 0,
                points,
                newRound ? 1 : 0,
                streak,
                draft.userName());
        if (inserted == 0) {
            tx.update(update, params);
        }
    }

    private static int update(Jdbc.Tx tx, AnswerDraft draft, int points, int streak) throws SQLException {
        return tx.update(
                "update board_totals set first_at = least(first_at, ?), last_at = greatest(last_at, ?),"
                        + " answers = answers + 1, correct = correct + ?, points = points + ?,"
                        + " best_streak = greatest(best_streak, ?), user_name = greatest(user_name, ?)"
                        + " where round_id = ? and user_id = ?",
                draft.answeredAt(),
                draft.answeredAt(),
                draft.correct() ? 1 : 0,
                points,
                streak,
                draft.userName(),
                draft.roundId(),
                draft.userId());
    }
}
