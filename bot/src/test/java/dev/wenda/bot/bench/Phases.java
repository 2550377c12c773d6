package dev.wenda.bot.bench;

import dev.wenda.bot.bench.AnswerLedger.Reconciliation;
import dev.wenda.bot.store.QuizStore;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;

/** Warm-up, the measured load phase and the optional soak, each followed by its report. */
final class Phases {
    private static final long ASK_TIMEOUT_NANOS = 30_000_000_000L;
    /** How long after its scoreboard a round's answers are reconciled and dropped from the ledger. */
    private static final long SETTLE_NANOS = 5_000_000_000L;

    private final AskTraffic asks;
    private final QuizTraffic quiz;
    private final Errors errors;
    private final Report report;

    Phases(AskTraffic asks, QuizTraffic quiz, Errors errors, Report report) {
        this.asks = asks;
        this.quiz = quiz;
        this.errors = errors;
        this.report = report;
    }

    /** Runs every phase; true when there were no errors and the answers reconcile. */
    boolean run(LoadDriver o, QuizStore store) throws InterruptedException {
        if (o.warmupSeconds > 0) {
            report.line("warm-up: %d s of asks at %.0f/s".formatted(o.warmupSeconds, o.asksPerSecond / 10));
            pump(o.asksPerSecond / 10, o.warmupSeconds, second -> {});
            drainAsks();
            asks.newWindow();
        }
        double heapBefore = Machine.usedHeapAfterGcMib();
        report.line("heap used after GC before load: %.1f MiB; load average %s"
                .formatted(heapBefore, Machine.loadAverage()));
        report.line("load: %d s, %.0f asks/s, %d quiz channels x %d players, %d questions of %d s per round"
                .formatted(o.seconds, o.asksPerSecond, o.channels, o.players, o.questions, o.questionSeconds));
        quiz.start();
        boolean ok = measured("load", o, o.seconds, second -> {}, store);
        double heapAfter = Machine.usedHeapAfterGcMib();
        report.line("heap used after GC after load: %.1f MiB (before %.1f)".formatted(heapAfter, heapBefore));
        if (o.soakSeconds > 0) {
            List<HeapTrend.Sample> samples = new ArrayList<>();
            samples.add(new HeapTrend.Sample(0, Machine.usedHeapAfterGcMib()));
            report.line("soak: %d s of the same traffic, heap sampled after GC every %d s"
                    .formatted(o.soakSeconds, o.sampleSeconds));
            quiz.resumeStarting();
            ok &= measured(
                    "soak",
                    o,
                    o.soakSeconds,
                    second -> {
                        if (second % o.sampleSeconds == 0) {
                            double used = Machine.usedHeapAfterGcMib();
                            samples.add(new HeapTrend.Sample(second, used));
                            report.line("  soak heap t=%4d s used %.1f MiB".formatted(second, used));
                        }
                    },
                    store);
            double end = Machine.usedHeapAfterGcMib();
            report.line(
                    "soak heap: first %.1f MiB, last %.1f MiB, min %.1f, max %.1f, slope %+.2f MiB/min over %d samples"
                            .formatted(
                                    samples.getFirst().usedMib(),
                                    end,
                                    samples.stream()
                                            .mapToDouble(HeapTrend.Sample::usedMib)
                                            .min()
                                            .orElse(0),
                                    samples.stream()
                                            .mapToDouble(HeapTrend.Sample::usedMib)
                                            .max()
                                            .orElse(0),
                                    HeapTrend.slopeMibPerMinute(samples),
                                    samples.size()));
        }
        report.line("RESULT " + (ok ? "PASS" : "FAIL"));
        return ok;
    }

    private boolean measured(String name, LoadDriver o, int seconds, LongConsumer everySecond, QuizStore store)
            throws InterruptedException {
        asks.newWindow();
        quiz.newReceiptWindow();
        double cpu0 = Machine.processCpuSeconds();
        long t0 = System.nanoTime();
        long sent = pump(o.asksPerSecond, seconds, second -> {
            everySecond.accept(second);
            if (second % 10 == 5) {
                quiz.settleFinished(store, SETTLE_NANOS);
            }
            if (second % 10 == 0) {
                report.line("  %s t=%3d s in flight %d, errors %d, open rounds %d, ledger slots %d, load %s"
                        .formatted(
                                name,
                                second,
                                asks.inFlight(),
                                errors.total(),
                                quiz.openRounds(),
                                quiz.ledger().openSlots(),
                                Machine.loadAverage()));
            }
        });
        double elapsed = (System.nanoTime() - t0) / 1e9;
        quiz.stopStarting();
        drainAsks();
        AskTraffic.Window latencies = asks.newWindow();
        Latencies window = latencies.all();
        double cpu = Machine.processCpuSeconds() - cpu0;
        report.line(("%s: asks sent %d in %.1f s (%.1f/s), answered %d (%.1f/s); ask latency p50 %.1f ms, p99 %.1f ms,"
                        + " max %.1f ms; process CPU %.1f s (%.2f cores)")
                .formatted(
                        name,
                        sent,
                        elapsed,
                        sent / elapsed,
                        window.count(),
                        window.count() / elapsed,
                        window.percentileMillis(50),
                        window.percentileMillis(99),
                        window.maxMillis(),
                        cpu,
                        cpu / elapsed));
        report.line(
                "%s: ask latency by platform: Discord %d answered, p50 %.1f ms, p99 %.1f ms; Slack %d answered, p50 %.1f ms, p99 %.1f ms"
                        .formatted(
                                name,
                                latencies.discord().count(),
                                latencies.discord().percentileMillis(50),
                                latencies.discord().percentileMillis(99),
                                latencies.slack().count(),
                                latencies.slack().percentileMillis(50),
                                latencies.slack().percentileMillis(99)));
        long deadline = System.nanoTime() + (long) (o.questions * (o.questionSeconds + 15) + 60) * 1_000_000_000L;
        while (quiz.openRounds() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        if (quiz.openRounds() > 0) {
            errors.add("quiz: round never posted its scoreboard", quiz.openRounds() + " rounds");
        }
        Reconciliation r = quiz.settleAll(store);
        Latencies receipts = quiz.newReceiptWindow();
        report.line("%s: rounds %d; click-to-receipt p50 %.1f ms, p99 %.1f ms; %s"
                .formatted(
                        name,
                        quiz.roundsPlayed(),
                        receipts.percentileMillis(50),
                        receipts.percentileMillis(99),
                        LoadDriver.describe(r)));
        report.line("%s: errors %d: %s".formatted(name, errors.total(), errors.describe()));
        return errors.total() == 0 && r.clean() && (o.channels == 0 || r.recorded() > 0);
    }

    /** Sends asks at {@code rate} per second for {@code seconds}; calls back once a second. */
    private long pump(double rate, int seconds, LongConsumer everySecond) throws InterruptedException {
        long t0 = System.nanoTime();
        long end = t0 + seconds * 1_000_000_000L;
        long sent = 0;
        long lastSecond = 0;
        while (true) {
            long now = System.nanoTime();
            if (now >= end) {
                return sent;
            }
            long due = (long) (rate * (now - t0) / 1e9);
            while (sent < due) {
                asks.sendOne();
                sent++;
            }
            long second = (now - t0) / 1_000_000_000L;
            if (second > lastSecond) {
                lastSecond = second;
                asks.expire(ASK_TIMEOUT_NANOS);
                everySecond.accept(second);
            }
            Thread.sleep(2);
        }
    }

    private void drainAsks() throws InterruptedException {
        long deadline = System.nanoTime() + ASK_TIMEOUT_NANOS;
        while (asks.inFlight() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        asks.expire(0);
    }
}
