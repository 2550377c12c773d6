package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;

/**
 * What the quiz reads of one entry again and again while it chooses distractors, worked out once:
 * its point as an option shows it, and the bigram codes of its answer and of that point (for
 * {@link Overlaps#lexical}). A pool keeps one per entry, so checking a candidate pair no longer
 * summarizes both answers anew.
 *
 * @param point {@link Summaries#summarize} at {@link QuestionFactory#OPTION_LENGTH}; empty when the
 *     answer states no point
 * @param answerGrams {@link Bigrams#codes} of the answer
 * @param pointGrams {@link Bigrams#codes} of the point
 */
record EntryText(String point, int[] answerGrams, int[] pointGrams) {
    static EntryText of(QaEntry entry) {
        String point = Summaries.summarize(entry, QuestionFactory.OPTION_LENGTH);
        return new EntryText(point, Bigrams.codes(entry.answer()), Bigrams.codes(point));
    }
}
