package dev.wenda.bot.quiz;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@link Scheduler} on a few named daemon threads (reveals of different rounds do database work
 * and may run side by side); task failures are logged, not lost.
 */
public final class ExecutorScheduler implements Scheduler, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorScheduler.class);
    private final ScheduledExecutorService executor;

    /** @param threadName the threads' name prefix, numbered from 0 */
    public ExecutorScheduler(String threadName, int threads) {
        Objects.requireNonNull(threadName, "threadName");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.executor = Executors.newScheduledThreadPool(
                threads,
                Thread.ofPlatform().name(threadName + "-", 0).daemon(true).factory());
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable task) {
        var future = executor.schedule(
                () -> {
                    try {
                        task.run();
                    } catch (RuntimeException e) {
                        LOG.error("scheduled quiz task failed", e);
                    }
                },
                Math.max(0, delay.toMillis()),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
