package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/** Random numeric problems with exact answers (calc's generator behind an adapter). */
@FunctionalInterface
public interface NumericQuestionSource {
    /**
     * A fresh problem drawn with {@code random}, worded in the language of {@code messages}, or
     * empty when this source has none.
     */
    Optional<Problem> next(RandomGenerator random, Messages messages);

    /** A source without problems: numeric questions are unavailable. */
    static NumericQuestionSource none() {
        return (random, messages) -> Optional.empty();
    }

    /**
     * One problem.
     *
     * @param id a stable id of the problem's shape and parameters, e.g. {@code calc:rf:3x3s1,3x3s2}
     * @param topic the topic it counts for, e.g. {@code receptive field}
     * @param tolerance the largest accepted absolute difference from {@code answer}
     * @param toleranceText how the tolerance is stated to players, e.g. {@code ±1%}
     * @param explanation the worked solution shown at the reveal
     */
    record Problem(
            String id,
            String topic,
            String prompt,
            BigDecimal answer,
            BigDecimal tolerance,
            String toleranceText,
            String explanation) {
        public Problem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(tolerance, "tolerance");
            Objects.requireNonNull(toleranceText, "toleranceText");
            Objects.requireNonNull(explanation, "explanation");
        }
    }
}
