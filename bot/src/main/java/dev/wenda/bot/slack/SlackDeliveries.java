package dev.wenda.bot.slack;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Sends the adapter's replies ({@code response_url} posts, {@code chat.postMessage}, uploads) off
 * the Slack workers, so a worker hands a finished reply over and takes the next event instead of
 * waiting for Slack's answer.
 *
 * <p>Deliveries with the same key (the channel) run one at a time, in the order they were handed
 * over: every key maps to one of a fixed number of lanes, each a single thread. A lane holds at
 * most {@code capacity} deliveries (waiting or running); handing over one more waits for room, so
 * a slow Slack slows the workers down instead of growing a queue without bound. {@link #close}
 * runs every delivery already handed over, waiting up to a limit.
 */
final class SlackDeliveries implements AutoCloseable {
    private final List<Lane> lanes;
    private final Duration drainLimit;

    private record Lane(ExecutorService thread, Semaphore room) {}

    /**
     * @param lanes how many deliveries may run at once (for different keys)
     * @param capacity the most deliveries one lane holds, waiting or running
     * @param drainLimit how long {@link #close} waits for deliveries already handed over
     */
    SlackDeliveries(int lanes, int capacity, Duration drainLimit, ThreadFactory threads) {
        if (lanes < 1 || capacity < 1) {
            throw new IllegalArgumentException("lanes and capacity must be positive, were " + lanes + ", " + capacity);
        }
        this.drainLimit = Objects.requireNonNull(drainLimit, "drainLimit");
        List<Lane> all = new ArrayList<>(lanes);
        for (int i = 0; i < lanes; i++) {
            all.add(new Lane(Executors.newSingleThreadExecutor(threads), new Semaphore(capacity)));
        }
        this.lanes = List.copyOf(all);
    }

    /**
     * Runs {@code delivery} after every delivery handed over earlier with the same key; waits while
     * the key's lane is full. A null key shares one lane with the empty key.
     *
     * @throws InterruptedException when interrupted while waiting for room (nothing was handed over)
     * @throws RejectedExecutionException after {@link #close}
     */
    void submit(String key, Runnable delivery) throws InterruptedException {
        Lane lane = lanes.get(Math.floorMod(Objects.hashCode(key), lanes.size()));
        lane.room().acquire();
        try {
            lane.thread().execute(() -> {
                try {
                    delivery.run();
                } finally {
                    lane.room().release();
                }
            });
        } catch (RejectedExecutionException e) {
            lane.room().release();
            throw e;
        }
    }

    /** Takes no more deliveries and waits (up to the drain limit) for those handed over to finish. */
    @Override
    public void close() {
        lanes.forEach(lane -> lane.thread().shutdown());
        long deadline = System.nanoTime() + drainLimit.toNanos();
        try {
            for (Lane lane : lanes) {
                long left = deadline - System.nanoTime();
                if (!lane.thread().awaitTermination(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                    lane.thread().shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            lanes.forEach(lane -> lane.thread().shutdownNow());
            Thread.currentThread().interrupt();
        }
    }
}
