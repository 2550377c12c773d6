package dev.wenda.bot.ask;

import dev.wenda.bot.ops.Metrics;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records gaps off the ask path: each gap is handed to a bounded executor and the reply goes out
 * at once. When the queue is full (the store is slow or down) the gap is dropped with a log line
 * and {@link Metrics#gapDropped}; a reply never waits for the store.
 */
public final class QueuedGaps implements GapSink, AutoCloseable {
    /** Gaps waiting to be written before new ones are dropped. */
    public static final int CAPACITY = 1_000;

    private static final Logger LOG = LoggerFactory.getLogger(QueuedGaps.class);

    private final GapSink target;
    private final Executor executor;
    private final Metrics metrics;
    private final Runnable shutdown;

    /**
     * @param executor runs the writes; throws {@link RejectedExecutionException} when it is full
     */
    public QueuedGaps(GapSink target, Executor executor, Metrics metrics) {
        this(target, executor, metrics, () -> {});
    }

    private QueuedGaps(GapSink target, Executor executor, Metrics metrics, Runnable shutdown) {
        this.target = Objects.requireNonNull(target, "target");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.shutdown = shutdown;
    }

    /** One named writer thread with a queue of {@code capacity} gaps. */
    public static QueuedGaps bounded(GapSink target, int capacity, Metrics metrics) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        ExecutorService writer = new ThreadPoolExecutor(
                1,
                1,
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(capacity),
                r -> Thread.ofPlatform().name("wenda-gap-writer").daemon(true).unstarted(r),
                new ThreadPoolExecutor.AbortPolicy());
        return new QueuedGaps(target, writer, metrics, writer::shutdown);
    }

    @Override
    public void record(Gap gap) {
        try {
            executor.execute(() -> write(gap));
        } catch (RejectedExecutionException e) {
            metrics.gapDropped(gap.platform());
            LOG.warn("knowledge gap dropped, the writer queue is full ({} in {})", gap.kind(), gap.community());
        }
    }

    private void write(Gap gap) {
        try {
            target.record(gap);
        } catch (RuntimeException e) {
            // The writer thread lives on: one failed write loses one gap, never the ones behind it.
            LOG.warn("knowledge gap not saved ({} in {})", gap.kind(), gap.community(), e);
        }
    }

    /** Stops taking gaps; the queued ones are still written. */
    @Override
    public void close() {
        shutdown.run();
    }
}
