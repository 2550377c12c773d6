package dev.wenda.bot.quiz;

/**
 * Points for a correct answer:
 *
 * <pre>
 * points = base
 *        + floor(speedMax × time left / time allowed)      speed bonus
 *        + (firstBonus if the first correct answer)          first bonus
 *        + min(streakStep × (streak − 1), streakCap)         streak bonus
 * </pre>
 *
 * where streak counts the player's consecutive correct graded answers in the round, this one
 * included. Wrong answers and flashcard marks score 0. The defaults are 100, 50, 20, 10 and 50: a
 * correct answer is worth 100-220 points.
 */
public record Scoring(int base, int speedMax, int firstBonus, int streakStep, int streakCap) {
    public static final Scoring DEFAULT = new Scoring(100, 50, 20, 10, 50);

    public Scoring {
        if (base < 0 || speedMax < 0 || firstBonus < 0 || streakStep < 0 || streakCap < 0) {
            throw new IllegalArgumentException("scoring values must be >= 0");
        }
    }

    /** Points for a correct answer given {@code elapsedMs} into a {@code windowMs} question. */
    public int points(boolean first, int streak, long elapsedMs, long windowMs) {
        long left = Math.max(0, Math.min(windowMs, windowMs - elapsedMs));
        int speed = windowMs <= 0 ? 0 : (int) (speedMax * left / windowMs);
        int streakBonus = Math.min(streakStep * Math.max(0, streak - 1), streakCap);
        return base + speed + (first ? firstBonus : 0) + streakBonus;
    }
}
