package dev.wenda.bot.quiz;

import java.time.Duration;

/** Runs tasks later. Production uses {@link ExecutorScheduler}; tests advance a manual one. */
@FunctionalInterface
public interface Scheduler {
    /** Runs {@code task} once after {@code delay}; the handle cancels it if it has not run. */
    Cancellable schedule(Duration delay, Runnable task);

    /** A scheduled task that can still be called off. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
