package dev.wenda.bot.calc;

import java.util.Objects;

/**
 * A generated numeric quiz question with its exact answer.
 *
 * @param kind what is asked
 * @param promptZh the question in Chinese
 * @param promptEn the question in English
 * @param answer the exact answer
 * @param tolerance how far a typed answer may be off and still count (0 = exact)
 * @param explanationZh the formula and result, in Chinese
 * @param explanationEn the formula and result, in English
 * @param expression the equivalent {@code /calc} expression, to show the full working
 */
public record NumericQuestion(
        Kind kind,
        String promptZh,
        String promptEn,
        long answer,
        long tolerance,
        String explanationZh,
        String explanationEn,
        String expression) {
    public NumericQuestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(promptZh, "promptZh");
        Objects.requireNonNull(promptEn, "promptEn");
        Objects.requireNonNull(explanationZh, "explanationZh");
        Objects.requireNonNull(explanationEn, "explanationEn");
        Objects.requireNonNull(expression, "expression");
        if (tolerance < 0) {
            throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
        }
    }

    /** Whether a typed number counts as correct. */
    public boolean accepts(long typed) {
        return Math.abs(typed - answer) <= tolerance;
    }

    /** The kinds of generated question, with the topic name quizzes count them under. */
    public enum Kind {
        RECEPTIVE_FIELD("receptive field"),
        PARAMS("params"),
        MACS("MACs"),
        OUTPUT_SIZE("output size");

        private final String topic;

        Kind(String topic) {
            this.topic = topic;
        }

        public String topic() {
            return topic;
        }
    }
}
