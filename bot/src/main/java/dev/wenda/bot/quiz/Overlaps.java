package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;

/**
 * The rule every pool applies before a question puts two entries side by side: near-duplicates
 * (the bank's {@code related} links: the same question asked in another file), questions that
 * look alike, and answers that say nearly the same thing never share a question, since the
 * distractor would be a second right answer.
 */
final class Overlaps {
    /** Question bigram Jaccard at which two questions count as the same question. */
    static final double SAME_QUESTION = 0.30;
    /** Answer bigram Jaccard at which two answers count as saying the same thing. */
    static final double SAME_ANSWER = 0.45;

    private Overlaps() {}

    static boolean lexical(QaEntry a, QaEntry b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        return a.related().contains(b.id())
                || b.related().contains(a.id())
                || Bigrams.jaccard(a.question(), b.question()) >= SAME_QUESTION
                || Bigrams.jaccard(a.answer(), b.answer()) >= SAME_ANSWER
                || Bigrams.jaccard(Summaries.summarize(a, 120), Summaries.summarize(b, 120)) >= SAME_ANSWER;
    }
}
