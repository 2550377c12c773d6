package dev.wenda.bot.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Character bigrams of text, letters and digits only, lower case: how alike two texts look on the
 * surface (works for Chinese without a tokenizer). A question whose right option shares far more
 * bigrams with the prompt than its distractors do can be answered without knowing the subject.
 */
final class Bigrams {
    private Bigrams() {}

    /** The bigrams of {@code text} in order, repeats kept. */
    static List<String> of(String text) {
        StringBuilder kept = new StringBuilder();
        text.toLowerCase(Locale.ROOT)
                .codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(kept::appendCodePoint);
        List<String> grams = new ArrayList<>();
        for (int i = 0; i + 2 <= kept.length(); i++) {
            grams.add(kept.substring(i, i + 2));
        }
        return grams;
    }

    /**
     * The distinct bigrams of {@code text}, each packed into one int (its two UTF-16 units), sorted:
     * the same bigrams as {@link #set}, in a form small enough to keep for every entry of a bank.
     */
    static int[] codes(String text) {
        return of(text).stream()
                .mapToInt(gram -> gram.charAt(0) << 16 | gram.charAt(1))
                .sorted()
                .distinct()
                .toArray();
    }

    /** {@link #jaccard(String, String)} of two texts' {@link #codes}. */
    static double jaccard(int[] a, int[] b) {
        int shared = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - shared;
        return union == 0 ? 0 : shared / (double) union;
    }

    /** The distinct bigrams of {@code text}. */
    static Set<String> set(String text) {
        return new HashSet<>(of(text));
    }

    /** How many distinct bigrams {@code a} and {@code b} share. */
    static int shared(String a, String b) {
        Set<String> own = set(a);
        own.retainAll(set(b));
        return own.size();
    }

    /** Jaccard index of the two texts' bigram sets (0 when both are empty). */
    static double jaccard(String a, String b) {
        Set<String> own = set(a);
        Set<String> theirs = set(b);
        int union = own.size() + theirs.size();
        own.retainAll(theirs);
        union -= own.size();
        return union == 0 ? 0 : own.size() / (double) union;
    }
}
