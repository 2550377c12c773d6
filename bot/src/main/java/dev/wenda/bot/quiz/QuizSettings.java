package dev.wenda.bot.quiz;

import dev.wenda.bot.store.ReviewQueue;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Tunables of the engine.
 *
 * @param owner this process's name in round leases (stable across restarts of the same process)
 * @param lease how long a round stays with a silent owner before another process may take it over
 *     ({@code quiz.lease-seconds}): the owner holds it until a question's close plus this, and
 *     {@link RoundLeases} renews it to now plus this
 * @param staleAfter an open round whose question closed longer ago than this is closed at recovery
 *     (scores kept) rather than resumed
 * @param reviewIntervals when a recalled entry is due again: after the first, second, third recall
 */
public record QuizSettings(
        String owner, Scoring scoring, Duration lease, Duration staleAfter, List<Duration> reviewIntervals) {
    public static final List<Duration> REVIEW_DAYS =
            List.of(Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7));

    public QuizSettings {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(scoring, "scoring");
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(staleAfter, "staleAfter");
        reviewIntervals = List.copyOf(reviewIntervals);
        if (owner.isBlank()) {
            throw new IllegalArgumentException("owner must not be blank");
        }
    }

    /** The default lease, as {@code quiz.lease-seconds}. */
    public static final Duration LEASE = Duration.ofSeconds(10);

    public static QuizSettings defaults(String owner) {
        return new QuizSettings(owner, Scoring.DEFAULT, LEASE, Duration.ofMinutes(10), REVIEW_DAYS);
    }

    public QuizSettings withLease(Duration lease) {
        return new QuizSettings(owner, scoring, lease, staleAfter, reviewIntervals);
    }

    /**
     * The spaced-review rule for an entry recalled at {@code now}: one stage on, due again after
     * that stage's interval; after the last interval it leaves the queue.
     */
    ReviewQueue.NextStage afterRecall(long now) {
        return stage -> stage >= reviewIntervals.size()
                ? Optional.empty()
                : Optional.of(new ReviewQueue.Due(
                        stage + 1, now + reviewIntervals.get(stage).toMillis()));
    }
}
