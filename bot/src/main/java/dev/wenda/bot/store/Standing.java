package dev.wenda.bot.store;

import java.util.Objects;

/** One player's totals on a board or a round scoreboard. */
public record Standing(
        String userId, String userName, long points, int correct, int answered, int rounds, int bestStreak) {
    public Standing {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
    }

    /** Correct answers as a share of graded answers, 0 when none. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
