package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

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
        // One read: a row per daily round and player who answered it right (the player null when
        // nobody did), with whether the round is still open.
        Set<String> open = new HashSet<>();
        SortedSet<String> days = new TreeSet<>(Comparator.reverseOrder());
        Map<String, Set<String>> rightDays = new HashMap<>();
        jdbc.query(
                "select d.local_day, r.status, a.user_id from daily_rounds d join rounds r on r.id = d.round_id"
                        + " left join answers a on a.round_id = d.round_id and a.correct = true"
                        + " where d.platform = ? and d.community = ?",
                row -> {
                    String day = row.getString(1);
                    days.add(day);
                    if (RoundStatus.OPEN.name().equals(row.getString(2))) {
                        open.add(day);
                    }
                    String user = row.getString(3);
                    if (user != null) {
                        rightDays.computeIfAbsent(user, u -> new HashSet<>()).add(day);
                    }
                    return day;
                },
                platform.name(),
                community);
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
