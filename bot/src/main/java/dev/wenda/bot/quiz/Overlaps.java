package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;
import java.util.function.Function;

/**
 * The rule every pool applies before a question puts two entries side by side: near-duplicates
 * (the bank's {@code related} links: questions whose bigrams overlap by 0.30 or more, the same
 * question asked in another file), answers or points that are nearly the same text, and two
 * questions asking for ways to the same aim ({@link #sameAim}) never share a question, since the
 * distractor would be a second right answer.
 */
final class Overlaps {
    /** Bigram Jaccard at which two answers (or points) are the same text, give or take a word. */
    static final double SAME_TEXT = 0.9;

    /** A question that asks for ways to reach an aim ("防止过拟合有哪些方法", "怎么提升泛化能力"). */
    private static final java.util.regex.Pattern WAYS =
            java.util.regex.Pattern.compile("怎么|怎样|如何|方法|方式|办法|措施|解决|防止|避免|提升|提高");

    private Overlaps() {}

    /**
     * Two questions asking for ways to the same aim: both ask for ways, and they share a topic tag
     * that one of them names outright. Their answers are lists of means that each answer the other
     * question too, whatever their wording (提升泛化能力 and 防止过拟合).
     */
    static boolean sameAim(QaEntry a, QaEntry b) {
        if (!WAYS.matcher(a.question()).find() || !WAYS.matcher(b.question()).find()) {
            return false;
        }
        return a.tags().stream()
                .filter(b.tags()::contains)
                .anyMatch(tag -> a.question().contains(tag) || b.question().contains(tag));
    }

    static boolean lexical(QaEntry a, QaEntry b) {
        return lexical(a, b, EntryText::of);
    }

    /** {@link #lexical(QaEntry, QaEntry)}, reading each entry's texts from {@code texts} (a pool's cache). */
    static boolean lexical(QaEntry a, QaEntry b, Function<QaEntry, EntryText> texts) {
        if (a.id().equals(b.id())) {
            return true;
        }
        if (a.related().contains(b.id()) || b.related().contains(a.id()) || sameAim(a, b)) {
            return true;
        }
        EntryText textA = texts.apply(a);
        EntryText textB = texts.apply(b);
        return Bigrams.jaccard(textA.answerGrams(), textB.answerGrams()) >= SAME_TEXT
                || Bigrams.jaccard(textA.pointGrams(), textB.pointGrams()) >= SAME_TEXT;
    }
}
