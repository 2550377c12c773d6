package dev.wenda.bot.calc;

import dev.wenda.bot.chat.Phrase;
import java.util.Objects;

/**
 * A generated numeric quiz question with its exact answer.
 *
 * @param kind what is asked
 * @param prompt the question, worded in the round's language when shown
 * @param answer the exact answer
 * @param tolerance how far a typed answer may be off and still count (0 = exact)
 * @param explanation the formula and result
 * @param expression the equivalent {@code /calc} expression, to show the full working
 */
public record NumericQuestion(
        Kind kind, Phrase prompt, long answer, long tolerance, Phrase explanation, String expression) {
    public NumericQuestion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(explanation, "explanation");
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
