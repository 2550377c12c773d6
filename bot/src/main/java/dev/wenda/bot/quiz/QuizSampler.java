package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Every question the generator can build from a bank, for review ({@code wenda quiz sample}): one
 * try per entry and kind (choice, reverse, flashcard), and {@link #NUMERIC_SAMPLES} numeric
 * problems; entries that make no fair question of a kind are listed with the reason.
 */
public final class QuizSampler {
    /** How many numeric problems a sample holds (they come from calc, not from entries). */
    public static final int NUMERIC_SAMPLES = 60;

    private final QuestionPool pool;
    private final QuestionFactory factory;

    public QuizSampler(QuestionPool pool, NumericQuestionSource numeric) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.factory = new QuestionFactory(pool, numeric);
    }

    /**
     * One sampled question.
     *
     * @param entry the refs of the keyed entry ({@code stem#n}), or the calc problem id
     * @param options empty for numeric questions and flashcards
     * @param answerIndex the right option's index; -1 without options
     * @param answer the revealed answer (flashcards), the number (numeric), else the right option
     * @param distractors the refs of each distractor's entry, in no particular order
     */
    public record Sample(
            Kind kind,
            List<String> entry,
            String prompt,
            List<String> options,
            int answerIndex,
            String answer,
            List<List<String>> distractors) {
        public Sample {
            entry = List.copyOf(entry);
            options = List.copyOf(options);
            distractors = distractors.stream().map(List::copyOf).toList();
        }
    }

    /** An entry that makes no fair question of {@code kind}, and why. */
    public record Skip(Kind kind, List<String> entry, String reason) {
        public Skip {
            entry = List.copyOf(entry);
        }
    }

    public record Result(List<Sample> samples, List<Skip> skips) {
        public Result {
            samples = List.copyOf(samples);
            skips = List.copyOf(skips);
        }
    }

    /** Samples of {@code kinds}, entries in bank order, drawn with {@code random}. */
    public Result sample(Set<Kind> kinds, RandomGenerator random, Messages messages) {
        List<Sample> samples = new ArrayList<>();
        List<Skip> skips = new ArrayList<>();
        for (QaEntry entry : pool.entries("")) {
            for (Kind kind : List.of(Kind.CHOICE, Kind.REVERSE, Kind.FLASHCARD)) {
                if (!kinds.contains(kind)) {
                    continue;
                }
                QuestionFactory.Attempt attempt = factory.attempt(kind, entry, random);
                Optional<Question> question = attempt.question();
                if (question.isPresent()) {
                    samples.add(sample(question.get(), refs(entry), attempt.distractors()));
                } else {
                    skips.add(new Skip(kind, refs(entry), attempt.skipped()));
                }
            }
        }
        if (kinds.contains(Kind.NUMERIC)) {
            for (int i = 0; i < NUMERIC_SAMPLES; i++) {
                factory.numeric(random, messages)
                        .ifPresent(q -> samples.add(sample(q, List.of(q.entryId()), List.of())));
            }
        }
        return new Result(samples, skips);
    }

    private static Sample sample(Question question, List<String> entry, List<QaEntry> distractors) {
        List<List<String>> from = distractors.stream().map(QuizSampler::refs).toList();
        return switch (question) {
            case Question.Options o ->
                new Sample(
                        o.kind(),
                        entry,
                        o.prompt(),
                        o.options(),
                        o.correct(),
                        o.options().get(o.correct()),
                        from);
            case Question.Flashcard f ->
                new Sample(Kind.FLASHCARD, entry, f.question(), List.of(), -1, f.answer(), from);
            case Question.Typed t ->
                new Sample(Kind.TYPED, entry, t.question(), List.of(), -1, String.join(" / ", t.accepted()), from);
            case Question.Numeric n ->
                new Sample(
                        Kind.NUMERIC,
                        entry,
                        n.prompt(),
                        List.of(),
                        -1,
                        n.answer().toPlainString(),
                        from);
        };
    }

    private static List<String> refs(QaEntry entry) {
        return entry.refs().stream().map(SourceRef::key).toList();
    }
}
