package dev.wenda.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Leaderboard rows: points, accuracy and streaks summed from the graded answers of public rounds. */
public final class Standings {
    private final Jdbc jdbc;

    public Standings(Database database) {
        this.jdbc = database.jdbc();
    }

    /** The board's rows: points, then accuracy (correct answers), then fewer answers, then name. */
    public List<Standing> top(BoardQuery query) {
        return top(query, Long.MAX_VALUE);
    }

    /**
     * {@link #top(BoardQuery)} counting only answers given before {@code until} (epoch ms): an archived
     * season. Reads the per-round totals of {@code board_totals} (V18): a player's round counts whole
     * when all their answers in it lie inside the period; a round with answers on both sides of the
     * period's start or end is totalled from those of its answers that lie inside. A server or group
     * board from the beginning (all time) reads {@code board_players}, one row per player, in the
     * board's order when every player's answers lie inside (as on any all-time board), else takes
     * those players from it and the others round by round.
     */
    public List<Standing> top(BoardQuery query, long until) {
        Objects.requireNonNull(query, "query");
        long since = query.since();
        boolean perPlayer = query.channel().isEmpty() && since <= 0;
        if (perPlayer && !anyPlayerOutside(query, since, until)) {
            // Every player's answers lie inside: the players' rows are the board, read in its order.
            List<Object> params = new ArrayList<>(List.of(query.platform(), query.community()));
            StringBuilder sql = new StringBuilder("select t.user_id, t.user_name, t.points, t.correct, t.answers,"
                    + " t.rounds, t.best_streak from board_players t where t.platform = ? and t.community = ?");
            filters(query, sql, params);
            sql.append(" order by t.points desc, t.correct desc, t.answers, t.user_name, t.user_id limit ")
                    .append(query.limit());
            return jdbc.query(sql.toString(), Standings::standing, params.toArray());
        }
        List<Object> params = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select user_id, max(user_name), sum(points), sum(correct), sum(answers),"
                + " sum(rounds), max(streak) from (");
        String others = "";
        if (perPlayer) {
            sql.append("select t.user_id, t.user_name, t.points, t.correct, t.answers, t.rounds,"
                    + " t.best_streak as streak from board_players t"
                    + " where t.platform = ? and t.community = ? and t.first_at >= ? and t.last_at < ?");
            params.addAll(List.of(query.platform(), query.community(), since, until));
            filters(query, sql, params);
            sql.append(" union all ");
            others = " and t.user_id in (select p.user_id from board_players p where p.platform = ?"
                    + " and p.community = ? and (p.first_at < ? or p.last_at >= ?))";
        }
        sql.append("select t.user_id, t.user_name, t.points, t.correct, t.answers, 1 as rounds,"
                + " t.best_streak as streak from board_totals t"
                + " where t.platform = ? and t.community = ? and t.first_at >= ? and t.last_at < ?");
        params.addAll(List.of(query.platform(), query.community(), since, until));
        filters(query, sql, params);
        if (perPlayer) {
            sql.append(others);
            params.addAll(List.of(query.platform(), query.community(), since, until));
        }
        sql.append(" union all select a.user_id, max(a.user_name), sum(a.points),"
                + " sum(case when a.correct then 1 else 0 end), count(*), 1, max(a.streak)"
                + " from board_totals t join answers a on a.round_id = t.round_id and a.user_id = t.user_id"
                + " where t.platform = ? and t.community = ?"
                + " and ((t.first_at < ? and t.last_at >= ?) or (t.first_at < ? and t.last_at >= ?))"
                + " and a.graded = true and a.answered_at >= ? and a.answered_at < ?");
        params.addAll(List.of(query.platform(), query.community(), since, since, until, until, since, until));
        filters(query, sql, params);
        if (perPlayer) {
            sql.append(others);
            params.addAll(List.of(query.platform(), query.community(), since, until));
        }
        sql.append(" group by a.round_id, a.user_id) x group by user_id order by 3 desc, 4 desc, 5, 2, 1 limit ")
                .append(query.limit());
        return jdbc.query(sql.toString(), Standings::standing, params.toArray());
    }

    /** Whether a player of the community has an answer before {@code since} or at or after {@code until}. */
    private boolean anyPlayerOutside(BoardQuery query, long since, long until) {
        return jdbc.queryOne(
                        "select 1 from board_players where platform = ? and community = ? and first_at < ?"
                                + " union all select 1 from board_players where platform = ? and community = ?"
                                + " and last_at >= ? limit 1",
                        row -> true,
                        query.platform(),
                        query.community(),
                        since,
                        query.platform(),
                        query.community(),
                        until)
                .isPresent();
    }

    /** The board's channel or study group, on the totals {@code t}. */
    private static void filters(BoardQuery query, StringBuilder sql, List<Object> params) {
        query.channel().ifPresent(channel -> {
            sql.append(" and t.channel = ?");
            params.add(channel);
        });
        query.group().ifPresent(group -> {
            sql.append(" and t.user_id in (select m.user_id from group_members m"
                    + " where m.platform = ? and m.community = ? and m.name = ?)");
            params.addAll(List.of(query.platform(), query.community(), group));
        });
    }

    static Standing standing(ResultSet r) throws SQLException {
        return new Standing(
                r.getString(1), r.getString(2), r.getLong(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7));
    }
}
