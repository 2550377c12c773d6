package dev.wenda.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.OptionalLong;

/** Leaderboard seasons: a reset closes a board's season; its answers stay and the board starts empty. */
public final class Seasons {
    private final Jdbc jdbc;

    public Seasons(Database database) {
        this.jdbc = database.jdbc();
    }

    /** When the board {@code scope}/{@code key} was last reset (epoch ms), if ever. */
    public OptionalLong lastReset(String platform, String community, String scope, String key) {
        return jdbc.queryOne(
                        "select max(ended_at) from seasons where platform = ? and community = ? and scope = ?"
                                + " and scope_key = ?",
                        StoreRows::firstOptionalLong,
                        platform,
                        community,
                        scope,
                        key)
                .orElse(OptionalLong.empty());
    }

    /** Closes the board's current season at {@code now}; its rows stay, the board starts empty. */
    public Season archive(
            String platform, String community, String scope, String key, long now, String userId, String userName) {
        return jdbc.inTransaction(tx -> {
            long started = tx.queryOne(
                            "select max(ended_at) from seasons where platform = ? and community = ? and scope = ?"
                                    + " and scope_key = ?",
                            row -> row.getLong(1),
                            platform,
                            community,
                            scope,
                            key)
                    .orElse(0L);
            tx.update(
                    "insert into seasons (platform, community, scope, scope_key, started_at, ended_at, reset_by,"
                            + " reset_by_name) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    platform,
                    community,
                    scope,
                    key,
                    started,
                    now,
                    userId,
                    userName);
            return tx.queryOne(
                            "select id, scope, scope_key, started_at, ended_at, reset_by, reset_by_name from seasons"
                                    + " where platform = ? and community = ? and scope = ? and scope_key = ?"
                                    + " and ended_at = ? order by id desc",
                            Seasons::season,
                            platform,
                            community,
                            scope,
                            key,
                            now)
                    .orElseThrow(() -> new SQLException("season just archived was not found"));
        });
    }

    /** The board's finished seasons, newest first. */
    public List<Season> list(String platform, String community, String scope, String key) {
        return jdbc.query(
                "select id, scope, scope_key, started_at, ended_at, reset_by, reset_by_name from seasons"
                        + " where platform = ? and community = ? and scope = ? and scope_key = ? order by ended_at desc,"
                        + " id desc",
                Seasons::season,
                platform,
                community,
                scope,
                key);
    }

    private static Season season(ResultSet r) throws SQLException {
        return new Season(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getLong(4),
                r.getLong(5),
                r.getString(6),
                r.getString(7));
    }
}
