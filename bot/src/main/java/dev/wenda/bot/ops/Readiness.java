package dev.wenda.bot.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The readiness checks run off the request thread, each bounded by a timeout, and their results
 * kept for a short time: a burst of probes runs the checks once, and a check that hangs (a database
 * behind a partition) makes {@code /readyz} say so within the timeout instead of holding the probe.
 * Nothing is remembered beyond the time to live, so a dependency that comes back is seen on the
 * next probe after it. A round with a failing check is kept for at most {@link #FAILING_TTL}: a
 * process that has just become ready (its index loaded) says so on the next probe instead of up to
 * a time to live later, while a flood of probes during an outage still runs at most ten rounds a
 * second, one at a time.
 */
final class Readiness {
    /** How long a round with a failing check answers probes (or the time to live, if shorter). */
    static final Duration FAILING_TTL = Duration.ofMillis(100);

    /** One round of results, in check order, and when it was taken. */
    record Snapshot(Map<String, ReadinessCheck.Status> results, long takenNanos) {}

    private final List<ReadinessCheck> checks;
    private final Duration ttl;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    private final Executor executor;
    private Snapshot last;
    private CompletableFuture<Snapshot> running;

    /**
     * @param ttl how long a round of results answers probes ({@link #FAILING_TTL} when one failed)
     * @param timeout how long one check may take before it counts as failing
     * @param executor runs the checks (one task per check)
     */
    Readiness(List<ReadinessCheck> checks, Duration ttl, Duration timeout, LongSupplier nanoTime, Executor executor) {
        this.checks = List.copyOf(checks);
        this.ttl = Objects.requireNonNull(ttl, "ttl");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /**
     * The results younger than the time to live, else those of a fresh round (at most one runs at
     * a time), without waiting: the future fails with a {@link java.util.concurrent.TimeoutException} when the round has
     * not finished a second after the check timeout.
     */
    CompletableFuture<Snapshot> current() {
        CompletableFuture<Snapshot> round;
        synchronized (this) {
            if (last != null
                    && nanoTime.getAsLong() - last.takenNanos() < ttlOf(last).toNanos()) {
                return CompletableFuture.completedFuture(last);
            }
            // a round may finish inside refresh() (fast checks, a direct executor): a finished
            // round is never waited on again, whatever the order in which it completed
            if (running == null || running.isDone()) {
                running = refresh();
            }
            round = running;
        }
        // every check completes within the timeout, so the round does too; the margin covers
        // scheduling on a busy machine. A copy, so one probe's timeout never fails the shared round.
        return round.copy().orTimeout(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
    }

    /**
     * The newest finished round, without waiting: starts a fresh round in the background when the
     * results are older than the time to live. Empty until the first round finished.
     */
    Optional<Snapshot> latest() {
        current(); // the future is not waited on: a stale or missing round starts, off this thread
        synchronized (this) {
            return Optional.ofNullable(last);
        }
    }

    private Duration ttlOf(Snapshot snapshot) {
        boolean failing = snapshot.results().values().stream().anyMatch(status -> !status.ready());
        return failing && FAILING_TTL.compareTo(ttl) < 0 ? FAILING_TTL : ttl;
    }

    private CompletableFuture<Snapshot> refresh() {
        List<CompletableFuture<ReadinessCheck.Status>> results = new ArrayList<>();
        for (ReadinessCheck check : checks) {
            results.add(CompletableFuture.supplyAsync(() -> run(check), executor)
                    .completeOnTimeout(
                            ReadinessCheck.Status.failing("no answer within " + timeout.toMillis() + " ms"),
                            timeout.toMillis(),
                            TimeUnit.MILLISECONDS));
        }
        return CompletableFuture.allOf(results.toArray(CompletableFuture[]::new))
                .thenApply(done -> {
                    Map<String, ReadinessCheck.Status> map = new LinkedHashMap<>();
                    for (int i = 0; i < checks.size(); i++) {
                        map.put(checks.get(i).name(), results.get(i).join());
                    }
                    Snapshot snapshot = new Snapshot(map, nanoTime.getAsLong());
                    synchronized (this) {
                        last = snapshot;
                    }
                    return snapshot;
                });
    }

    private static ReadinessCheck.Status run(ReadinessCheck check) {
        try {
            return check.check();
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: a check touching a part whose native library failed to load; the round
            // must still finish, or no later probe would start another
            return ReadinessCheck.Status.failing(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
