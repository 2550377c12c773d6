package dev.wenda.bot.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests a user and a channel may make per window. Quiz answers (clicks and typed
 * answers) count only against the user's answer budget, so a busy round never trips the channel
 * limit.
 *
 * @param userRequests questions and commands one user may send per window
 * @param channelRequests questions and commands one channel may see per window
 * @param userAnswers quiz answers and button presses one user may send per window
 * @param window the refill window
 */
public record RateLimits(int userRequests, int channelRequests, int userAnswers, Duration window) {
    public RateLimits {
        Objects.requireNonNull(window, "window");
        positive("userRequests", userRequests);
        positive("channelRequests", channelRequests);
        positive("userAnswers", userAnswers);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive, was " + window);
        }
    }

    /** 10 questions a minute per user, 60 per channel, 40 quiz answers a minute per user. */
    public static RateLimits defaults() {
        return new RateLimits(10, 60, 40, Duration.ofMinutes(1));
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be >= 1, was " + value);
        }
    }
}
