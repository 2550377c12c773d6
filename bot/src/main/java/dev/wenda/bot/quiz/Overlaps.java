package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;

/**
 * The rule every pool applies before a question puts two entries side by side: near-duplicates
 * (the bank's {@code related} links: questions whose bigrams overlap by 0.30 or more, the same
 * question asked in another file) and answers or points that are nearly the same text never share
 * a question, since the distractor would be a second right answer.
 */
final class Overlaps {
    /** Bigram Jaccard at which two answers (or points) are the same text, give or take a word. */
    static final double SAME_TEXT = 0.9;

    private Overlaps() {}

    static boolean lexical(QaEntry a, QaEntry b) {
        if (a.id().equals(b.id())) {
            return true;
        }
        return a.related().contains(b.id())
                || b.related().contains(a.id())
                || Bigrams.jaccard(a.answer(), b.answer()) >= SAME_TEXT
                || Bigrams.jaccard(Summaries.summarize(a, 120), Summaries.summarize(b, 120)) >= SAME_TEXT;
    }
}
