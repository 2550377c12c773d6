package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import dev.wenda.content.QaEntry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/** Builds one question of a kind from an entry (or from the numeric source). */
final class QuestionFactory {
    static final int OPTION_LENGTH = 120;
    static final int PROMPT_LENGTH = 300;
    static final int REVEAL_LENGTH = 300;
    private static final int OPTIONS = 4;
    private static final int CANDIDATES = 12;

    private final QuestionPool pool;
    private final NumericQuestionSource numeric;

    QuestionFactory(QuestionPool pool, NumericQuestionSource numeric) {
        this.pool = pool;
        this.numeric = numeric;
    }

    Optional<Question> make(Kind kind, QaEntry entry, RandomGenerator random) {
        return switch (kind) {
            case CHOICE -> options(Kind.CHOICE, entry, random);
            case REVERSE -> options(Kind.REVERSE, entry, random);
            case FLASHCARD ->
                Optional.of(new Question.Flashcard(
                        entry.id(), topicOf(entry), shortQuestion(entry, PROMPT_LENGTH), reveal(entry)));
            case NUMERIC -> Optional.empty(); // numeric questions come from the source, not entries
        };
    }

    Optional<Question> numeric(RandomGenerator random, Messages messages) {
        return numeric.next(random, messages)
                .map(p -> new Question.Numeric(
                        p.id(), p.topic(), p.prompt(), p.answer(), p.tolerance(), p.toleranceText(), p.explanation()));
    }

    static String topicOf(QaEntry entry) {
        return entry.tags().isEmpty() ? "general" : entry.tags().getFirst();
    }

    /** The entry's answer as shown at the reveal: its opening, shortened. */
    static String reveal(QaEntry entry) {
        return Summaries.opening(entry.answer(), REVEAL_LENGTH);
    }

    private Optional<Question> options(Kind kind, QaEntry entry, RandomGenerator random) {
        boolean reverse = kind == Kind.REVERSE;
        String right =
                reverse ? shortQuestion(entry, OPTION_LENGTH) : Summaries.summarize(entry.answer(), OPTION_LENGTH);
        if (right.isEmpty()) {
            return Optional.empty();
        }
        Set<String> chosen = new LinkedHashSet<>();
        chosen.add(right);
        for (QaEntry other : pool.similar(entry, CANDIDATES)) {
            // A near-duplicate of the entry would be a second right answer, not a distractor.
            if (unrelated(entry, other)) {
                addOption(chosen, reverse, other);
            }
        }
        List<QaEntry> all = pool.entries("");
        for (int tries = 0; chosen.size() < OPTIONS && tries < 50 && !all.isEmpty(); tries++) {
            QaEntry other = all.get(random.nextInt(all.size()));
            if (!other.id().equals(entry.id()) && unrelated(entry, other)) {
                addOption(chosen, reverse, other);
            }
        }
        if (chosen.size() < OPTIONS) {
            return Optional.empty();
        }
        List<String> options = new ArrayList<>(chosen);
        for (int i = options.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            options.set(i, options.set(j, options.get(i)));
        }
        String prompt =
                reverse ? Summaries.summarize(entry.answer(), PROMPT_LENGTH) : shortQuestion(entry, PROMPT_LENGTH);
        return Optional.of(new Question.Options(
                kind,
                entry.id(),
                topicOf(entry),
                prompt,
                options,
                options.indexOf(right),
                shortQuestion(entry, PROMPT_LENGTH),
                reveal(entry)));
    }

    private static boolean unrelated(QaEntry entry, QaEntry other) {
        return !entry.related().contains(other.id()) && !other.related().contains(entry.id());
    }

    private static void addOption(Set<String> chosen, boolean reverse, QaEntry other) {
        if (chosen.size() >= OPTIONS) {
            return;
        }
        String text =
                reverse ? shortQuestion(other, OPTION_LENGTH) : Summaries.summarize(other.answer(), OPTION_LENGTH);
        if (!text.isEmpty()) {
            chosen.add(text);
        }
    }

    private static String shortQuestion(QaEntry entry, int max) {
        return Summaries.shorten(entry.question(), max);
    }
}
