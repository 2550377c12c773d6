package dev.wenda.bot.store;

import java.util.Objects;

/** What a community's admins chose for its study pages: public leaderboards or link-only (the default). */
public final class CommunitySettings {
    private final Jdbc jdbc;

    public CommunitySettings(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /** Whether anyone may read the community's leaderboards without a link. */
    public boolean publicBoards(String platform, String community) {
        return jdbc.queryOne(
                        "select public_boards from community_settings where platform = ? and community = ?",
                        row -> row.getBoolean(1),
                        platform,
                        community)
                .orElse(false);
    }

    /** Makes the community's leaderboards public or link-only again. */
    public void setPublicBoards(String platform, String community, boolean open, String userId, long now) {
        jdbc.inTransaction(tx -> {
            int updated = tx.update(
                    "update community_settings set public_boards = ?, changed_by = ?, changed_at = ?"
                            + " where platform = ? and community = ?",
                    open,
                    userId,
                    now,
                    platform,
                    community);
            if (updated == 0) {
                tx.update(
                        "insert into community_settings (platform, community, public_boards, changed_by, changed_at)"
                                + " values (?, ?, ?, ?, ?) on conflict do nothing",
                        platform,
                        community,
                        open,
                        userId,
                        now);
            }
            return null;
        });
    }
}
