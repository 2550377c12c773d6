package dev.wenda.bot.quiz;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The timer of a keeper of stored, timed work (quiz schedules, gap digests): after each pass the
 * next one comes at the next stored due time, or after the poll when that is sooner or unknown (the
 * poll also catches work another process stored meanwhile). Closed, it passes no more.
 */
public final class DuePasses implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DuePasses.class);

    private final Scheduler scheduler;
    private final Clock clock;
    private final Duration poll;
    private final Supplier<Optional<Long>> nextDue;
    private final Runnable pass;
    private Scheduler.Cancellable next;
    private boolean closed;

    /**
     * @param nextDue the earliest stored due time in epoch milliseconds, if any
     * @param pass one pass of the keeper; it calls {@link #arm()} when it ends
     */
    public DuePasses(Scheduler scheduler, Clock clock, Duration poll, Supplier<Optional<Long>> nextDue, Runnable pass) {
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.poll = Objects.requireNonNull(poll, "poll");
        this.nextDue = Objects.requireNonNull(nextDue, "nextDue");
        this.pass = Objects.requireNonNull(pass, "pass");
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll must be positive, was " + poll);
        }
    }

    /** The longest wait between two passes. */
    public Duration poll() {
        return poll;
    }

    /** Runs a pass at once on the timer, not on the caller's thread. */
    public synchronized void soon() {
        if (!closed) {
            next = scheduler.schedule(Duration.ZERO, pass);
        }
    }

    /** Schedules the next pass: at the next due time, or after the poll when that is sooner or unknown. */
    public synchronized void arm() {
        if (closed) {
            return;
        }
        Duration delay = poll;
        try {
            long now = clock.millis();
            Optional<Long> due = nextDue.get();
            if (due.isPresent() && due.get() > now) {
                delay = Duration.ofMillis(Math.min(poll.toMillis(), due.get() - now));
            }
        } catch (RuntimeException e) {
            LOG.debug("could not read the next due time; passing again in {}", poll, e);
        }
        next = scheduler.schedule(delay, pass);
    }

    /** Stops passing; the stored work stays for the next start or another process. */
    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel();
        }
    }
}
