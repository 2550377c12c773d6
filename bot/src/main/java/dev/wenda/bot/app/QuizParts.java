package dev.wenda.bot.app;

import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.bot.quiz.ExecutorScheduler;
import dev.wenda.bot.quiz.Habits;
import dev.wenda.bot.quiz.IdSource;
import dev.wenda.bot.quiz.NumericQuestionSource;
import dev.wenda.bot.quiz.QuizEngine;
import dev.wenda.bot.quiz.QuizListener;
import dev.wenda.bot.quiz.QuizMetrics;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.quiz.QuizSettings;
import dev.wenda.bot.quiz.RoundLeases;
import dev.wenda.bot.quiz.RoundReports;
import dev.wenda.bot.quiz.ScheduleKeeper;
import dev.wenda.bot.quiz.SearchQuestionPool;
import dev.wenda.bot.quiz.StoredDecks;
import dev.wenda.bot.quiz.SwappablePool;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.CommunityZones;
import dev.wenda.bot.store.DailyRounds;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TopicStats;
import dev.wenda.content.ContentBank;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * The quiz as the composition root builds it: rounds, leaderboards, groups, review, schedules and
 * daily questions (times of day in {@code zone} unless a community set its own) on the
 * database, posting through the outboxes, with its own timer threads. Questions come from the bank
 * (closeness by tags and bigrams; search, once built, keeps entries that answer a question out of
 * its distractors), numeric ones from calc.
 */
final class QuizParts {
    final QuizService service;
    private final QuizEngine engine;
    private final SwappablePool pool;
    private final ExecutorScheduler timers = new ExecutorScheduler("wenda-quiz-timer", 4);
    private final QuizStore store;
    private final Clock clock;
    private final QuizSettings settings;
    private final Habits habits;
    private final Supplier<Optional<SearchService>> search;

    QuizParts(
            Database db,
            ContentBank bank,
            Supplier<Optional<SearchService>> search,
            NumericQuestionSource numeric,
            Outbox outbox,
            Clock clock,
            RandomGenerator random,
            IdSource roundIds,
            QuizListener listener,
            QuizSettings settings,
            ZoneId zone) {
        this.store = new QuizStore(db);
        this.clock = clock;
        this.settings = settings;
        this.search = search;
        this.pool = new SwappablePool(new SearchQuestionPool(bank.entries(), search));
        StudyGroups groups = new StudyGroups(db);
        DailyRounds dailies = new DailyRounds(db);
        ReviewQueue reviews = new ReviewQueue(db);
        RoundReports reports = new RoundReports(store, dailies, outbox);
        this.engine = new QuizEngine(
                store,
                reviews,
                pool,
                numeric,
                outbox,
                timers,
                clock,
                random,
                roundIds,
                event -> {
                    listener.on(event);
                    reports.on(event);
                },
                settings,
                new StoredDecks(new CommunityEntries(db)));
        this.habits = new Habits(
                engine, new QuizSchedules(db), new CommunityZones(db), dailies, reviews, pool, outbox, clock, zone);
        this.service = new QuizService(
                engine,
                new BoardService(
                        new Standings(db),
                        new Seasons(db),
                        new TopicStats(db),
                        groups,
                        dailies,
                        clock,
                        Periods.DEFAULT_ZONE),
                new GroupService(groups, clock),
                habits);
    }

    /** Questions from {@code fresh} for rounds started from now on. */
    void swap(ContentBank fresh) {
        pool.swap(new SearchQuestionPool(fresh.entries(), search));
    }

    /**
     * Lease keeping and takeover for this engine (see {@link RoundLeases}), listening to its events
     * through {@code listen}, with the quiz's metrics.
     */
    RoundLeases leases(Set<Platform> takeover, PrometheusMetrics metrics, Consumer<QuizListener> listen) {
        RoundLeases leases =
                new RoundLeases(store, engine, timers, clock, settings.owner(), settings.lease(), () -> takeover);
        listen.accept(leases);
        listen.accept(new QuizMetrics(metrics, id -> store.round(id).map(RoundRow::platform)));
        metrics.watchActiveRounds(leases::held);
        return leases;
    }

    /** Fires the stored schedules of the channels this process can post to (see {@link ScheduleKeeper}). */
    ScheduleKeeper schedules(Predicate<ChannelAddress> reachable) {
        return habits.keeper(timers, ScheduleKeeper.POLL, reachable);
    }

    /** Stops the timer threads (after the leases are closed). */
    void stopTimers() {
        timers.close();
    }
}
