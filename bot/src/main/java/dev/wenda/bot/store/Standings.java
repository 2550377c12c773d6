package dev.wenda.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Leaderboard rows: points, accuracy and streaks summed from the answers of public rounds. */
public final class Standings {
    private final Jdbc jdbc;

    public Standings(Database database) {
        this.jdbc = database.jdbc();
    }

    /** The board's rows: points, then accuracy (correct answers), then fewer answers, then name. */
    public List<Standing> top(BoardQuery query) {
        return top(query, Long.MAX_VALUE);
    }

    /** {@link #top(BoardQuery)} counting only answers given before {@code until} (epoch ms): an archived season. */
    public List<Standing> top(BoardQuery query, long until) {
        Objects.requireNonNull(query, "query");
        List<Object> params = new ArrayList<>(List.of(query.platform(), query.community(), query.since()));
        StringBuilder sql = new StringBuilder("select a.user_id, max(a.user_name), sum(a.points),"
                + " sum(case when a.correct then 1 else 0 end), count(*), count(distinct a.round_id), max(a.streak)"
                + " from answers a join rounds r on r.id = a.round_id"
                + " where r.platform = ? and r.community = ? and r.personal = false and a.graded = true"
                + " and a.answered_at >= ?");
        if (until != Long.MAX_VALUE) {
            sql.append(" and a.answered_at < ?");
            params.add(until);
        }
        query.channel().ifPresent(channel -> {
            sql.append(" and r.channel = ?");
            params.add(channel);
        });
        query.group().ifPresent(group -> {
            sql.append(" and a.user_id in (select m.user_id from group_members m"
                    + " where m.platform = ? and m.community = ? and m.name = ?)");
            params.addAll(List.of(query.platform(), query.community(), group));
        });
        sql.append(" group by a.user_id order by 3 desc, 4 desc, 5, 2, 1 limit ")
                .append(query.limit());
        return jdbc.query(sql.toString(), Standings::standing, params.toArray());
    }

    static Standing standing(ResultSet r) throws SQLException {
        return new Standing(
                r.getString(1), r.getString(2), r.getLong(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7));
    }
}
