package dev.wenda.bot.store;

import java.util.List;

/** A player's graded answers by topic. */
public final class TopicStats {
    private final Jdbc jdbc;

    public TopicStats(Database database) {
        this.jdbc = database.jdbc();
    }

    /** The user's graded answers in public rounds of the community, by topic. */
    public List<TopicStat> of(String platform, String community, String userId) {
        return jdbc.query(
                "select a.topic, sum(case when a.correct then 1 else 0 end), count(*) from answers a"
                        + " join rounds r on r.id = a.round_id where r.platform = ? and r.community = ?"
                        + " and a.user_id = ? and a.graded = true group by a.topic order by 3 desc, 1",
                row -> new TopicStat(row.getString(1), row.getInt(2), row.getInt(3)),
                platform,
                community,
                userId);
    }
}
