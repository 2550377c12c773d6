package dev.wenda.bot.board;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatRequest.Period;
import dev.wenda.bot.chat.ChatRequest.Scope;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextTable;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.BoardQuery;
import dev.wenda.bot.store.DailyRounds;
import dev.wenda.bot.store.Season;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.Standing;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TopicStat;
import dev.wenda.bot.store.TopicStats;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Leaderboards per community, channel and study group for this week, this month or all time; board
 * resets that archive a season; a player's own accuracy by topic.
 */
public final class BoardService {
    private static final int BOARD_SIZE = 10;
    private final Standings standings;
    private final Seasons seasons;
    private final TopicStats topics;
    private final StudyGroups groups;
    private final DailyRounds dailies;
    private final Clock clock;
    private final Periods periods;
    private final DateTimeFormatter dates;

    public BoardService(
            Standings standings,
            Seasons seasons,
            TopicStats topics,
            StudyGroups groups,
            DailyRounds dailies,
            Clock clock,
            ZoneId zone) {
        this.dailies = Objects.requireNonNull(dailies, "dailies");
        this.standings = Objects.requireNonNull(standings, "standings");
        this.seasons = Objects.requireNonNull(seasons, "seasons");
        this.topics = Objects.requireNonNull(topics, "topics");
        this.groups = Objects.requireNonNull(groups, "groups");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.periods = new Periods(zone);
        this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    public Reply leaderboard(ChatRequest.Leaderboard request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        Optional<Reply> problem = checkScope(origin, request.scope(), request.group());
        if (problem.isPresent()) {
            return problem.get();
        }
        String key = scopeKey(origin, request.scope(), request.group());
        long since = periods.start(request.period(), clock.instant()).toEpochMilli();
        long reset = seasons.lastReset(
                        platform(origin), origin.community(), request.scope().name(), key)
                .orElse(0);
        List<Standing> rows = standings.top(new BoardQuery(
                platform(origin),
                origin.community(),
                request.scope() == Scope.CHANNEL ? Optional.of(origin.channel()) : Optional.empty(),
                request.scope() == Scope.GROUP ? Optional.of(key) : Optional.empty(),
                Math.max(since, reset),
                BOARD_SIZE));
        String title = m.text("board.title", periodName(request.period(), m), scopeName(request.scope(), key, m));
        if (rows.isEmpty()) {
            return Reply.text(m.text("board.empty")).withTitle(title);
        }
        // Daily-question streaks show in their own column once anyone on the board has one.
        Map<String, Integer> daily = dailies.streaks(origin.platform(), origin.community());
        boolean showDaily = rows.stream().anyMatch(s -> daily.containsKey(s.userId()));
        List<String> columns = new ArrayList<>(List.of(
                "#",
                m.text("board.col.player"),
                m.text("board.col.points"),
                m.text("board.col.accuracy"),
                m.text("board.col.rounds"),
                m.text("board.col.streak")));
        List<Boolean> right = new ArrayList<>(List.of(true, false, true, true, true, true));
        if (showDaily) {
            columns.add(m.text("board.col.dailyStreak"));
            right.add(true);
        }
        TextTable table = new TextTable(columns, right);
        int rank = 1;
        for (Standing s : rows) {
            List<String> cells = new ArrayList<>(List.of(
                    Integer.toString(rank++),
                    UserText.literal(s.userName(), UserText.MAX_NAME),
                    Long.toString(s.points()),
                    percent(s.correct(), s.answered()),
                    Integer.toString(s.rounds()),
                    Integer.toString(s.bestStreak())));
            if (showDaily) {
                cells.add(Integer.toString(daily.getOrDefault(s.userId(), 0)));
            }
            table.add(cells);
        }
        String body = table.toMarkdown();
        if (reset > since) {
            body += "\n" + m.text("board.wasReset", dates.format(Instant.ofEpochMilli(reset)));
        }
        return Reply.text(body).withTitle(title);
    }

    /**
     * Admin only: closes the board's current season (kept, with who reset it and when) so the board
     * starts from zero.
     */
    public Reply reset(Origin origin, Scope scope, Optional<String> group) {
        Messages m = origin.messages();
        if (!origin.admin()) {
            return Reply.privateText(m.text("board.resetAdminOnly"));
        }
        Optional<Reply> problem = checkScope(origin, scope, group);
        if (problem.isPresent()) {
            return problem.get();
        }
        String key = scopeKey(origin, scope, group);
        Season season = seasons.archive(
                platform(origin),
                origin.community(),
                scope.name(),
                key,
                clock.millis(),
                origin.user(),
                origin.userName());
        String who = UserText.quote(origin.userName(), UserText.MAX_NAME);
        String name = scopeName(scope, key, m);
        String from = season.startedAt() == 0 ? "…" : dates.format(Instant.ofEpochMilli(season.startedAt()));
        String to = dates.format(Instant.ofEpochMilli(season.endedAt()));
        return Reply.text(m.text("board.reset", who, name, from, to));
    }

    /** The user's accuracy by topic across the community's public rounds. */
    public Reply me(ChatRequest.Me request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        List<TopicStat> stats = topics.of(platform(origin), origin.community(), origin.user());
        if (stats.isEmpty()) {
            return Reply.privateText(m.text("me.none"));
        }
        TextTable table = new TextTable(
                List.of(
                        m.text("me.col.topic"),
                        m.text("board.col.accuracy"),
                        m.text("me.col.correct"),
                        m.text("me.col.answered")),
                List.of(false, true, true, true));
        int correct = 0;
        int answered = 0;
        for (TopicStat s : stats) {
            table.add(List.of(
                    s.topic(),
                    percent(s.correct(), s.answered()),
                    Integer.toString(s.correct()),
                    Integer.toString(s.answered())));
            correct += s.correct();
            answered += s.answered();
        }
        String total = m.text("me.total", correct, answered, percent(correct, answered));
        int streak = dailies.streaks(origin.platform(), origin.community()).getOrDefault(origin.user(), 0);
        if (streak > 0) {
            total += "\n" + m.text("me.dailyStreak", streak);
        }
        return Reply.privateText(total + "\n\n" + table.toMarkdown())
                .withTitle(UserText.literal(origin.userName(), UserText.MAX_NAME));
    }

    private Optional<Reply> checkScope(Origin origin, Scope scope, Optional<String> group) {
        if (scope != Scope.GROUP) {
            return Optional.empty();
        }
        Messages m = origin.messages();
        if (group.isEmpty() || group.get().isBlank()) {
            return Optional.of(Reply.privateText(m.text("board.nameGroup")));
        }
        String name = GroupService.normalize(group.get());
        if (!groups.exists(platform(origin), origin.community(), name)) {
            return Optional.of(Reply.privateText(m.text("group.none", UserText.quote(name, UserText.MAX_NAME))));
        }
        return Optional.empty();
    }

    private static String scopeKey(Origin origin, Scope scope, Optional<String> group) {
        return switch (scope) {
            case SERVER -> "";
            case CHANNEL -> origin.channel();
            case GROUP -> GroupService.normalize(group.orElseThrow());
        };
    }

    private static String scopeName(Scope scope, String key, Messages m) {
        return switch (scope) {
            case SERVER -> m.text("board.scope.server");
            case CHANNEL -> m.text("board.scope.channel");
            case GROUP -> m.text("board.scope.group", UserText.literal(key, UserText.MAX_NAME));
        };
    }

    private static String periodName(Period period, Messages m) {
        return switch (period) {
            case WEEK -> m.text("board.period.week");
            case MONTH -> m.text("board.period.month");
            case ALL -> m.text("board.period.all");
        };
    }

    static String percent(int correct, int answered) {
        return answered == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * correct / answered);
    }

    static String platform(Origin origin) {
        return origin.platform().name();
    }
}
