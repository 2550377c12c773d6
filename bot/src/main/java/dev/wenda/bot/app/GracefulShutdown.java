package dev.wenda.bot.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs shutdown steps in order within one overall deadline. A step that fails is logged and the
 * next one runs; a step that overruns the time left is abandoned; steps after the deadline are
 * skipped, so the process always exits in time.
 */
public final class GracefulShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private final Duration budget;
    private final LongSupplier nanoTime;

    /** @param nanoTime a monotonic clock ({@code System::nanoTime}) */
    public GracefulShutdown(Duration budget, LongSupplier nanoTime) {
        this.budget = Objects.requireNonNull(budget, "budget");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** A named piece of work, e.g. "close store". */
    public record Step(String name, Action action) {
        public Step {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(action, "action");
        }
    }

    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    public enum Outcome {
        DONE,
        FAILED,
        TIMED_OUT,
        SKIPPED
    }

    /** What happened to one step. */
    public record Result(String step, Outcome outcome) {}

    /** Runs {@code steps} in order; returns what happened to each. */
    public List<Result> run(List<Step> steps) {
        long deadline = nanoTime.getAsLong() + budget.toNanos();
        List<Result> results = new ArrayList<>();
        ExecutorService worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("wenda-shutdown-step").daemon(true).factory());
        try {
            for (Step step : steps) {
                long left = deadline - nanoTime.getAsLong();
                if (left <= 0) {
                    LOG.warn("shutdown: no time left for '{}', skipped", step.name());
                    results.add(new Result(step.name(), Outcome.SKIPPED));
                    continue;
                }
                Outcome outcome = runOne(step, left, worker);
                results.add(new Result(step.name(), outcome));
                if (outcome == Outcome.TIMED_OUT) {
                    worker.shutdownNow();
                    worker = Executors.newSingleThreadExecutor(Thread.ofPlatform()
                            .name("wenda-shutdown-step")
                            .daemon(true)
                            .factory());
                }
            }
        } finally {
            worker.shutdownNow();
        }
        return results;
    }

    private static Outcome runOne(Step step, long nanosLeft, ExecutorService worker) {
        Future<?> running = worker.submit(() -> {
            step.action().run();
            return null;
        });
        try {
            running.get(nanosLeft, TimeUnit.NANOSECONDS);
            LOG.info("shutdown: {} done", step.name());
            return Outcome.DONE;
        } catch (ExecutionException e) {
            LOG.error("shutdown: {} failed", step.name(), e.getCause());
            return Outcome.FAILED;
        } catch (TimeoutException e) {
            running.cancel(true);
            LOG.warn("shutdown: {} did not finish in time, abandoned", step.name());
            return Outcome.TIMED_OUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            return Outcome.TIMED_OUT;
        }
    }
}
