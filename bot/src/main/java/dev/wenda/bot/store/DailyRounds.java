package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which rounds are daily questions, and for which local day ({@code yyyy-MM-dd}); the daily
 * streaks the boards show are counted from them.
 */
public final class DailyRounds {
    private final Jdbc jdbc;

    public DailyRounds(Database database) {
        this.jdbc = database.jdbc();
    }

    /** Remembers round {@code roundId} as the daily question of {@code day} in the channel. */
    public void add(String roundId, Platform platform, String community, String channel, String day) {
        jdbc.update(
                "insert into daily_rounds (round_id, platform, community, channel, local_day) values (?, ?, ?, ?, ?)"
                        + " on conflict do nothing",
                roundId,
                platform.name(),
                community,
                channel,
                day);
    }
    /**
     * Each player's current daily streak in the community: how many of the latest days with a daily
     * question (in any of its channels) in a row they answered one right. A day whose question is
     * still open breaks no streak yet: answered right it counts, unanswered it is left out. Players
     * with no streak are absent.
     */
    public Map<String, Integer> streaks(Platform platform, String community) {
        Set<String> open = new HashSet<>(jdbc.query(
                "select distinct d.local_day from daily_rounds d join rounds r on r.id = d.round_id"
                        + " where d.platform = ? and d.community = ? and r.status = 'OPEN'",
                row -> row.getString(1),
                platform.name(),
                community));
        List<String> days = jdbc.query(
                "select distinct local_day from daily_rounds where platform = ? and community = ? order by local_day desc",
                row -> row.getString(1),
                platform.name(),
                community);
        Map<String, Set<String>> rightDays = new HashMap<>();
        jdbc.query(
                        "select distinct a.user_id, d.local_day from answers a join daily_rounds d on d.round_id = a.round_id"
                                + " where d.platform = ? and d.community = ? and a.correct = true",
                        row -> new String[] {row.getString(1), row.getString(2)},
                        platform.name(),
                        community)
                .forEach(pair ->
                        rightDays.computeIfAbsent(pair[0], u -> new HashSet<>()).add(pair[1]));
        Map<String, Integer> streaks = new HashMap<>();
        for (var player : rightDays.entrySet()) {
            int streak = 0;
            for (String day : days) {
                if (player.getValue().contains(day)) {
                    streak++;
                } else if (!open.contains(day)) {
                    break;
                }
            }
            if (streak > 0) {
                streaks.put(player.getKey(), streak);
            }
        }
        return streaks;
    }
}
