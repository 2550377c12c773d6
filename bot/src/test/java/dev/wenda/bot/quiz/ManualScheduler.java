package dev.wenda.bot.quiz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A scheduler driven by a {@link ManualClock}: {@link #advance} moves time and runs what fell due. */
public final class ManualScheduler implements Scheduler {
    private final ManualClock clock;
    private final List<Task> tasks = new ArrayList<>();
    private long sequence;

    public ManualScheduler(ManualClock clock) {
        this.clock = clock;
    }

    private final class Task implements Cancellable {
        final Instant due;
        final long order;
        final Runnable body;
        boolean cancelled;

        Task(Instant due, long order, Runnable body) {
            this.due = due;
            this.order = order;
            this.body = body;
        }

        @Override
        public void cancel() {
            synchronized (ManualScheduler.this) {
                cancelled = true;
                tasks.remove(this);
            }
        }
    }

    @Override
    public synchronized Cancellable schedule(Duration delay, Runnable task) {
        Task t = new Task(clock.instant().plus(delay), sequence++, task);
        tasks.add(t);
        return t;
    }

    /** Moves the clock forward by {@code by}, running every task due on the way at its time. */
    public void advance(Duration by) {
        Instant end = clock.instant().plus(by);
        while (true) {
            Optional<Task> next = nextDue(end);
            if (next.isEmpty()) {
                break;
            }
            Task task = next.get();
            Duration step = Duration.between(clock.instant(), task.due);
            if (!step.isNegative()) {
                clock.advance(step);
            }
            task.body.run();
        }
        Duration rest = Duration.between(clock.instant(), end);
        if (!rest.isNegative()) {
            clock.advance(rest);
        }
    }

    /** Runs the next pending task now-or-later, moving the clock to its time. */
    public boolean runNext() {
        Optional<Task> next = nextDue(Instant.MAX);
        next.ifPresent(task -> {
            Duration step = Duration.between(clock.instant(), task.due);
            if (!step.isNegative()) {
                clock.advance(step);
            }
            task.body.run();
        });
        return next.isPresent();
    }

    public synchronized int pending() {
        return tasks.size();
    }

    private synchronized Optional<Task> nextDue(Instant end) {
        Optional<Task> next = tasks.stream()
                .filter(t -> !t.due.isAfter(end))
                .min(Comparator.comparing((Task t) -> t.due).thenComparingLong(t -> t.order));
        next.ifPresent(tasks::remove);
        return next;
    }
}
