package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the leases of the rounds this process runs short and fresh, and takes over the rounds of
 * a process that died. Every {@code lease / 3} it renews its own rounds to {@code now + lease} and,
 * when an open round's lease has run out, lets the engine recover it. Right after a question is
 * posted (whose lease the engine sets past the question's close) it shortens that lease at once,
 * so a dead owner's round is taken over within {@code lease + lease / 3} whatever the question
 * length: 13.3 s with the default 10 s lease.
 *
 * <p>Takeover is limited to {@code platforms}: a process can only resume a round in a channel it
 * can post to (any Slack process; a Discord process only when it runs every shard).
 */
public final class RoundLeases implements QuizListener, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RoundLeases.class);

    private final QuizStore store;
    private final QuizEngine engine;
    private final Scheduler scheduler;
    private final Clock clock;
    private final String owner;
    private final Duration lease;
    private final Supplier<Set<Platform>> platforms;
    private final AtomicInteger held = new AtomicInteger();
    private Scheduler.Cancellable next;
    private boolean closed;

    /**
     * @param owner this process's name, as in the engine's {@link QuizSettings#owner()}
     * @param platforms the platforms whose rounds this process may take over
     */
    public RoundLeases(
            QuizStore store,
            QuizEngine engine,
            Scheduler scheduler,
            Clock clock,
            String owner,
            Duration lease,
            Supplier<Set<Platform>> platforms) {
        this.store = Objects.requireNonNull(store, "store");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.lease = Objects.requireNonNull(lease, "lease");
        this.platforms = Objects.requireNonNull(platforms, "platforms");
        if (lease.compareTo(Duration.ofSeconds(3)) < 0) {
            throw new IllegalArgumentException("lease must be at least 3 s, was " + lease);
        }
    }

    /** Starts the periodic renewal and takeover. */
    public synchronized void start() {
        schedule();
    }

    /** The time between two renewals. */
    public Duration period() {
        return lease.dividedBy(3);
    }

    /** Rounds whose timers run in this process, as of the last pass. */
    public int held() {
        return held.get();
    }

    @Override
    public void on(QuizEvent event) {
        if (event instanceof QuizEvent.QuestionPosted posted) {
            long now = clock.millis();
            store.tryAcquireLease(posted.roundId(), owner, now, now + lease.toMillis());
        }
    }

    /** One renewal and takeover pass; runs on the scheduler. */
    void tick() {
        try {
            long now = clock.millis();
            boolean orphans = false;
            int mineNow = 0;
            List<RoundRow> runnable = new ArrayList<>();
            Set<Platform> mine = platforms.get();
            for (RoundRow round : store.openRounds()) {
                if (round.owner().filter(owner::equals).isPresent()) {
                    if (store.tryAcquireLease(round.id(), owner, now, now + lease.toMillis())) {
                        mineNow++;
                        if (mine.contains(round.platform())) {
                            runnable.add(round);
                        }
                    } else {
                        LOG.warn("lost the lease on round {}", round.id());
                    }
                } else if (expired(round, now) && mine.contains(round.platform())) {
                    orphans = true;
                }
            }
            held.set(mineNow);
            if (!runnable.isEmpty()) {
                int resumed = engine.resumeIdle(runnable);
                if (resumed > 0) {
                    LOG.info("resumed {} quiz round(s) this process owned but did not run", resumed);
                }
            }
            if (orphans) {
                int taken = engine.recover(mine);
                if (taken > 0) {
                    LOG.info("took over {} quiz round(s) whose owner stopped renewing", taken);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("renewing quiz round leases failed; retrying in {}", period(), e);
        } finally {
            schedule();
        }
    }

    private static boolean expired(RoundRow round, long now) {
        return round.owner().isEmpty()
                || round.leaseUntil().isEmpty()
                || round.leaseUntil().getAsLong() < now;
    }

    private synchronized void schedule() {
        if (!closed) {
            next = scheduler.schedule(period(), this::tick);
        }
    }

    /**
     * Ends the leases of every round this process holds, so another process takes them over at its
     * next pass instead of waiting for them to run out. For a graceful stop, after the timers stop.
     */
    public int releaseAll() {
        long now = clock.millis();
        int released = 0;
        for (RoundRow round : store.openRounds()) {
            if (round.owner().filter(owner::equals).isPresent() && store.tryAcquireLease(round.id(), owner, now, now)) {
                released++;
            }
        }
        return released;
    }

    /** Stops renewing: another process takes the rounds over once their leases run out. */
    @Override
    public synchronized void close() {
        closed = true;
        if (next != null) {
            next.cancel();
        }
    }
}
