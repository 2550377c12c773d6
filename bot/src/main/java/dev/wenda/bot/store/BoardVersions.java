package dev.wenda.bot.store;

import java.sql.SQLException;
import java.util.Objects;

/**
 * A version per community that grows with every change its boards count (an answer, a group's
 * members), bumped in the change's own transaction by whichever process made it. A cache of boards
 * keeps a board only while the version it was computed under is still current.
 */
public final class BoardVersions {
    private final Jdbc jdbc;

    public BoardVersions(Database database) {
        this.jdbc = database.jdbc();
    }

    /** The community's current version; 0 before its first change. */
    public long version(String platform, String community) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        return jdbc.queryOne(
                        "select version from board_versions where platform = ? and community = ?",
                        row -> row.getLong(1),
                        platform,
                        community)
                .orElse(0L);
    }

    /**
     * Bumps the community's version inside {@code tx}. The row stays locked until the transaction
     * ends, so versions follow the order in which changes commit.
     */
    static void bump(Jdbc.Tx tx, String platform, String community) throws SQLException {
        String update = "update board_versions set version = version + 1 where platform = ? and community = ?";
        if (tx.update(update, platform, community) == 1) {
            return;
        }
        int inserted = tx.update(
                "insert into board_versions (platform, community, version) values (?, ?, 1) on conflict do nothing",
                platform,
                community);
        if (inserted == 0) {
            // Another transaction created the row meanwhile (and has committed: the insert waited for it).
            tx.update(update, platform, community);
        }
    }
}
