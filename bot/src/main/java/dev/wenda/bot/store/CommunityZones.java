package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.util.Optional;

/** Each community's time zone for schedules and daily questions, as an IANA zone id. */
public final class CommunityZones {
    private final Jdbc jdbc;

    public CommunityZones(Database database) {
        this.jdbc = database.jdbc();
    }

    /** The zone the community chose, if it chose one. */
    public Optional<String> zone(Platform platform, String community) {
        return jdbc.queryOne(
                "select zone from community_zones where platform = ? and community = ?",
                row -> row.getString(1),
                platform.name(),
                community);
    }

    /** Sets (or replaces) the community's zone. */
    public void set(Platform platform, String community, String zone) {
        jdbc.inTransaction(tx -> {
            int updated = tx.update(
                    "update community_zones set zone = ? where platform = ? and community = ?",
                    zone,
                    platform.name(),
                    community);
            if (updated == 0) {
                tx.update(
                        "insert into community_zones (platform, community, zone) values (?, ?, ?)"
                                + " on conflict do nothing",
                        platform.name(),
                        community,
                        zone);
            }
            return null;
        });
    }
}
