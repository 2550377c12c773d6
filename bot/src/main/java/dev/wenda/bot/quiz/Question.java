package dev.wenda.bot.quiz;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** One quiz question, as built when the round starts and stored with it. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Question.Options.class, name = "options"),
    @JsonSubTypes.Type(value = Question.Numeric.class, name = "numeric"),
    @JsonSubTypes.Type(value = Question.Flashcard.class, name = "flashcard"),
    @JsonSubTypes.Type(value = Question.Typed.class, name = "typed")
})
public sealed interface Question {
    Kind kind();

    /** The bank entry (or the calc problem id) the question is about. */
    String entryId();

    /** The topic the question counts for in a player's stats. */
    String topic();

    /** Whether answers are right or wrong (flashcard marks are not). */
    default boolean graded() {
        return kind() != Kind.FLASHCARD;
    }

    /**
     * A multiple-choice question: {@link Kind#CHOICE} shows a question and four answer summaries,
     * {@link Kind#REVERSE} an answer summary and four questions.
     *
     * @param answer the entry's answer, shortened, for the reveal
     */
    record Options(
            Kind kind,
            String entryId,
            String topic,
            String prompt,
            List<String> options,
            int correct,
            String question,
            String answer)
            implements Question {
        public Options {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            options = List.copyOf(options);
            if (kind != Kind.CHOICE && kind != Kind.REVERSE) {
                throw new IllegalArgumentException("options question kind must be CHOICE or REVERSE, was " + kind);
            }
            if (options.size() < 2 || correct < 0 || correct >= options.size()) {
                throw new IllegalArgumentException(
                        "need 2+ options and a correct index among them, had " + options.size() + "/" + correct);
            }
        }
    }

    /** A number to type; right when within {@code tolerance} of {@code answer}. */
    record Numeric(
            String entryId,
            String topic,
            String prompt,
            BigDecimal answer,
            BigDecimal tolerance,
            String toleranceText,
            String explanation)
            implements Question {
        public Numeric {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(prompt, "prompt");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(tolerance, "tolerance");
            Objects.requireNonNull(toleranceText, "toleranceText");
            Objects.requireNonNull(explanation, "explanation");
            if (tolerance.signum() < 0) {
                throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
            }
        }

        @Override
        public Kind kind() {
            return Kind.NUMERIC;
        }

        public boolean accepts(BigDecimal given) {
            return given.subtract(answer).abs().compareTo(tolerance) <= 0;
        }
    }

    /** A question whose answer is revealed; players mark whether they knew it. */
    record Flashcard(String entryId, String topic, String question, String answer) implements Question {
        public Flashcard {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
        }

        @Override
        public Kind kind() {
            return Kind.FLASHCARD;
        }
    }

    /**
     * A question of a trivia deck answered by typing: right when the typed text reads as one of
     * {@code accepted} ({@link TypedAnswers#accepts}).
     */
    record Typed(String entryId, String topic, String question, List<String> accepted) implements Question {
        public Typed {
            Objects.requireNonNull(entryId, "entryId");
            Objects.requireNonNull(topic, "topic");
            Objects.requireNonNull(question, "question");
            accepted = List.copyOf(accepted);
            if (accepted.isEmpty()) {
                throw new IllegalArgumentException("a typed question needs an accepted answer, entry " + entryId);
            }
        }

        @Override
        public Kind kind() {
            return Kind.TYPED;
        }

        public boolean accepts(String given) {
            return TypedAnswers.accepts(accepted, given);
        }
    }
}
