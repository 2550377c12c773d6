package dev.wenda.bot.quiz.bench;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.Fixtures;
import dev.wenda.bot.quiz.IdSource;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.ManualScheduler;
import dev.wenda.bot.quiz.NumericQuestionSource;
import dev.wenda.bot.quiz.QuizEngine;
import dev.wenda.bot.quiz.QuizEvent;
import dev.wenda.bot.quiz.QuizSettings;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.StoreConfig;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load benchmark (not a test): {@code burst} has 1,000 players answer one question at once and
 * reports per-answer handling latency; {@code rounds} runs 1,000 rounds in different channels of
 * one process. Run with {@code docs/quiz.md}'s command; H2 by default, PostgreSQL with {@code
 * --pg URL}.
 */
public final class QuizBench {
    private final Database db;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
    private final ManualScheduler scheduler = new ManualScheduler(clock);
    private final AtomicInteger revealed = new AtomicInteger();
    private final QuizEngine engine;

    private QuizBench(Database db) {
        this.db = db;
        this.engine = new QuizEngine(
                new QuizStore(db),
                new ReviewQueue(db),
                new BankQuestionPool(Fixtures.bank(400)),
                NumericQuestionSource.none(),
                new NullOutbox(),
                scheduler,
                clock,
                new SplittableRandom(7),
                IdSource.random(new SplittableRandom(11)),
                event -> {
                    if (event instanceof QuizEvent.QuestionRevealed) {
                        revealed.incrementAndGet();
                    }
                },
                QuizSettings.defaults("bench"));
    }

    public static void main(String[] args) throws Exception {
        String pg = args.length >= 2 && args[0].equals("--pg") ? args[1] : null;
        // One worker per core by default: more workers only add time spent waiting for a core.
        int threads = Integer.parseInt(System.getProperty(
                "threads", Integer.toString(Runtime.getRuntime().availableProcessors())));
        int bursts = Integer.parseInt(System.getProperty("bursts", "5"));
        Path dir = Files.createTempDirectory("wenda-bench");
        boolean memory = Boolean.getBoolean("h2mem");
        StoreConfig config = pg == null
                ? (memory ? StoreConfig.h2Memory("bench") : StoreConfig.h2File(dir)).withPoolSize(threads)
                : StoreConfig.url(pg)
                        .withSchema("wenda_bench_" + System.nanoTime())
                        .withPoolSize(threads);
        System.out.printf(
                Locale.ROOT,
                "store: %s, %d threads, pool %d%n",
                pg == null ? (memory ? "H2 memory" : "H2 file") : "PostgreSQL",
                threads,
                threads);
        try (Database db = Database.open(config)) {
            QuizBench bench = new QuizBench(db);
            for (int i = 1; i <= 3; i++) {
                bench.burst(1_000, threads, "warm-up " + i);
            }
            double[] p99s = new double[bursts];
            double[] p50s = new double[bursts];
            for (int i = 0; i < bursts; i++) {
                double[] p = bench.burst(1_000, threads, "burst " + (i + 1));
                p50s[i] = p[0];
                p99s[i] = p[1];
            }
            Arrays.sort(p50s);
            Arrays.sort(p99s);
            System.out.printf(
                    Locale.ROOT,
                    "bursts: %d runs of 1,000 answers; median p50 %.2f ms, median p99 %.2f ms (p99 range %.2f-%.2f)%n",
                    bursts,
                    p50s[bursts / 2],
                    p99s[bursts / 2],
                    p99s[0],
                    p99s[bursts - 1]);
            bench.rounds(1_000, 3, threads);
        } finally {
            if (pg != null) {
                try (var c = java.sql.DriverManager.getConnection(pg);
                        var s = c.createStatement()) {
                    s.execute("drop schema " + config.schema().orElseThrow() + " cascade");
                }
            }
            deleteTree(dir);
        }
    }

    private static Origin player(String channel, int n) {
        return new Origin(Platform.CONSOLE, "bench", channel, "p" + n, "p" + n, Locale.ENGLISH, false);
    }

    /** {@code players} answer question 1 of a fresh round at the same instant. */
    private double[] burst(int players, int threads, String label) throws Exception {
        String channel = label + "-" + System.nanoTime();
        Origin starter = player(channel, -1);
        engine.start(new ChatRequest.QuizStart(starter, "", OptionalInt.of(1), OptionalInt.of(30), "choice"));
        clock.advance(Duration.ofSeconds(2));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<long[]>> timings = new ArrayList<>();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < players; i++) {
            Origin who = player(channel, i);
            String letter = "ABCD".substring(i % 4, i % 4 + 1);
            timings.add(pool.submit(() -> {
                go.await();
                long c0 = cpu.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                Reply reply =
                        engine.answer(new ChatRequest.TypedAnswer(who, letter)).orElseThrow();
                long took = System.nanoTime() - t0;
                long cpuTook = cpu.getCurrentThreadCpuTime() - c0;
                if (!reply.markdown().startsWith("Answer recorded")) {
                    throw new IllegalStateException(reply.markdown());
                }
                return new long[] {took, cpuTook};
            }));
        }
        long start = System.nanoTime();
        go.countDown();
        long[] nanos = new long[players];
        long[] cpuNanos = new long[players];
        for (int i = 0; i < players; i++) {
            long[] t = timings.get(i).get();
            nanos[i] = t[0];
            cpuNanos[i] = t[1];
        }
        long wall = System.nanoTime() - start;
        pool.shutdown();
        QuizStore store = new QuizStore(db);
        String roundId =
                store.activeRound("CONSOLE:bench:" + channel).orElseThrow().id();
        List<AnswerRow> rows = store.answers(roundId, 1);
        long firsts = rows.stream().filter(AnswerRow::firstCorrect).count();
        scheduler.advance(Duration.ofSeconds(30));
        System.out.printf(
                Locale.ROOT,
                "%s: %d answers in %.0f ms (%.0f/s); recorded %d, first-correct %d; latency p50 %.2f ms, p99 %.2f ms,"
                        + " max %.2f ms; CPU per answer p50 %.2f ms, p99 %.2f ms%n",
                label,
                players,
                wall / 1e6,
                players / (wall / 1e9),
                rows.size(),
                firsts,
                percentile(nanos, 50),
                percentile(nanos, 99),
                percentile(nanos, 100),
                percentile(cpuNanos, 50),
                percentile(cpuNanos, 99));
        if (rows.size() != players || firsts != 1) {
            throw new IllegalStateException(label + ": " + rows.size() + " answers recorded, " + firsts + " first");
        }
        return new double[] {percentile(nanos, 50), percentile(nanos, 99)};
    }

    /** {@code rounds} rounds of 10 questions in different channels, {@code players} answering each question. */
    private void rounds(int rounds, int players, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long t0 = System.nanoTime();
        List<Future<?>> started = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Origin starter = player("room-" + r, 0);
            started.add(pool.submit(() -> engine.start(
                    new ChatRequest.QuizStart(starter, "", OptionalInt.of(10), OptionalInt.of(30), "choice"))));
        }
        for (Future<?> f : started) {
            f.get();
        }
        long startNanos = System.nanoTime() - t0;
        int before = revealed.get();
        List<Long> answerNanos = new ArrayList<>();
        long answering = 0;
        long ticking = 0;
        for (int q = 1; q <= 10; q++) {
            clock.advance(Duration.ofSeconds(3));
            List<Future<Long>> answers = new ArrayList<>();
            long a0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                for (int p = 0; p < players; p++) {
                    Origin who = player("room-" + r, p);
                    answers.add(pool.submit(() -> {
                        long s = System.nanoTime();
                        engine.answer(new ChatRequest.TypedAnswer(who, "A"));
                        return System.nanoTime() - s;
                    }));
                }
            }
            for (Future<Long> f : answers) {
                answerNanos.add(f.get());
            }
            answering += System.nanoTime() - a0;
            long tick0 = System.nanoTime();
            scheduler.advance(Duration.ofSeconds(27)); // every round's reveal, then its next question
            ticking += System.nanoTime() - tick0;
        }
        pool.shutdown();
        long[] nanos = answerNanos.stream().mapToLong(Long::longValue).toArray();
        System.out.printf(
                Locale.ROOT,
                "rounds: %d rounds × 10 questions × %d players; start all %.0f ms; %d answers in %.0f ms (p50 %.2f ms,"
                        + " p99 %.2f ms); %d reveals+posts in %.0f ms (%.2f ms each, one timer thread)%n",
                rounds,
                players,
                startNanos / 1e6,
                nanos.length,
                answering / 1e6,
                percentile(nanos, 50),
                percentile(nanos, 99),
                revealed.get() - before,
                ticking / 1e6,
                ticking / 1e6 / Math.max(1, revealed.get() - before));
    }

    private static double percentile(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Delivers nothing; the benchmark measures the engine and the store. */
    private static final class NullOutbox implements Outbox {
        private final AtomicInteger ids = new AtomicInteger();

        @Override
        public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
            return CompletableFuture.completedFuture(new MessageHandle(channel, "m" + ids.incrementAndGet()));
        }

        @Override
        public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
