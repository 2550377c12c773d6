package dev.wenda.bot.quiz;

import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.CommunityZones;
import dev.wenda.bot.store.DailyRounds;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TopicStats;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Small hand-made banks and players for quiz tests. */
public final class Fixtures {
    private Fixtures() {}

    public static QaEntry entry(int n, String tag) {
        return new QaEntry(
                "e" + n,
                "Question " + n + " about " + tag + "?",
                "Answer " + n + " explains " + tag + ". More detail follows.",
                List.of(new SourceRef("bank", n, n)),
                List.of(tag),
                List.of(),
                List.of());
    }

    /** {@code count} entries, alternating the tags cnn and rnn. */
    public static List<QaEntry> bank(int count) {
        List<QaEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(entry(i, i % 2 == 0 ? "rnn" : "cnn"));
        }
        return entries;
    }

    /**
     * The quiz service as the adapter end-to-end tests run it: the real engine, boards and groups
     * on {@code db}, time from the manual {@code clock} and {@code scheduler}, shuffles seeded
     * with {@code seed}, numeric questions from {@link #sums()}.
     */
    public static QuizService quizService(
            Database db, QuestionPool pool, Outbox outbox, Scheduler scheduler, Clock clock, long seed) {
        StudyGroups groups = new StudyGroups(db);
        QuizStore store = new QuizStore(db);
        ReviewQueue reviews = new ReviewQueue(db);
        DailyRounds dailies = new DailyRounds(db);
        QuizEngine engine = new QuizEngine(
                store,
                reviews,
                pool,
                sums(),
                outbox,
                scheduler,
                clock,
                new SplittableRandom(seed),
                countingIds(),
                new RoundReports(store, dailies, outbox),
                QuizSettings.defaults("bot-1"));
        return new QuizService(
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
                new Habits(
                        engine,
                        new QuizSchedules(db),
                        new CommunityZones(db),
                        dailies,
                        reviews,
                        pool,
                        outbox,
                        clock,
                        Periods.DEFAULT_ZONE));
    }

    /** Round ids unique in this JVM ({@code u1}, {@code u2}, ...): engines of one test may share a database. */
    public static final IdSource UNIQUE_IDS = counter("u", new AtomicLong());

    /** Round ids {@code r1}, {@code r2}, ... for one engine on a fresh database: outputs hold the same ids every run. */
    public static IdSource countingIds() {
        return counter("r", new AtomicLong());
    }

    private static IdSource counter(String prefix, AtomicLong n) {
        return () -> prefix + n.incrementAndGet();
    }

    public static Origin player(String name) {
        return new Origin(Platform.CONSOLE, "console", "general", "u-" + name, name, Locale.ENGLISH, false);
    }

    public static Origin admin(String name) {
        return new Origin(Platform.CONSOLE, "console", "general", "u-" + name, name, Locale.ENGLISH, true);
    }

    /** Numeric problems "n + n = ?" with answer 2n, tolerance 0.5. */
    public static NumericQuestionSource sums() {
        return (random, messages) -> {
            int n = random.nextInt(1, 1000);
            return Optional.of(new NumericQuestionSource.Problem(
                    "calc:sum:" + n,
                    "arithmetic",
                    n + " + " + n + " = ?",
                    BigDecimal.valueOf(2L * n),
                    new BigDecimal("0.5"),
                    "±0.5",
                    "Twice " + n + "."));
        };
    }
}
