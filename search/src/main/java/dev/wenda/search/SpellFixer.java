package dev.wenda.search;

import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects typos in English terms of a normalized query against a vocabulary (the index's Latin
 * words plus the dictionary's): a Latin word of at least {@value #MIN_LENGTH} letters that is not
 * in the vocabulary becomes the most frequent vocabulary word within one edit (two from
 * {@value #TWO_EDITS_FROM} letters), counting a swap of neighbours as one edit
 * ({@code dropuot} becomes {@code dropout}). Shorter words and Chinese text are left alone: short
 * abbreviations (BN, LN, GAN) are too close to each other to guess.
 *
 * <p>The distance is the optimal string alignment distance (Levenshtein plus adjacent swaps, what
 * Lucene's {@code LevenshteinAutomata} accepts with transpositions), computed directly with an early
 * exit, over candidates of a close length only: building an automaton per unknown word cost
 * milliseconds per query.
 */
final class SpellFixer {
    static final int MIN_LENGTH = 5;
    static final int TWO_EDITS_FROM = 8;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

    private final Map<String, Integer> vocabulary;
    /** The vocabulary sorted by length, so a word only visits candidates of a close length. */
    private final String[] byLength;

    private final int[] counts;
    /** {@code firstOfLength[n]}: index in {@link #byLength} of the first word of length >= n. */
    private final int[] firstOfLength;

    /** @param vocabulary Latin words and how many entries use them (ties go to the commoner word) */
    SpellFixer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.byLength = this.vocabulary.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .toArray(String[]::new);
        this.counts = new int[byLength.length];
        for (int i = 0; i < byLength.length; i++) {
            counts[i] = this.vocabulary.get(byLength[i]);
        }
        int longest = byLength.length == 0 ? 0 : byLength[byLength.length - 1].length();
        this.firstOfLength = new int[longest + 2];
        int i = 0;
        for (int n = 0; n < firstOfLength.length; n++) {
            while (i < byLength.length && byLength[i].length() < n) {
                i++;
            }
            firstOfLength[n] = i;
        }
    }

    String fix(String normalized) {
        Matcher m = LATIN_WORD.matcher(normalized);
        StringBuilder out = new StringBuilder(normalized.length());
        while (m.find()) {
            String word = m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(correct(word)));
        }
        m.appendTail(out);
        return out.toString();
    }

    String correct(String word) {
        if (word.length() < MIN_LENGTH || vocabulary.containsKey(word)) {
            return word;
        }
        int maxEdits = word.length() >= TWO_EDITS_FROM ? 2 : 1;
        int from = firstOfLength[Math.min(firstOfLength.length - 1, Math.max(0, word.length() - maxEdits))];
        int to = firstOfLength[Math.min(firstOfLength.length - 1, word.length() + maxEdits + 1)];
        String best = word;
        int bestCount = 0;
        for (int i = from; i < to; i++) {
            String candidate = byLength[i];
            if (distance(word, candidate, maxEdits) > maxEdits) {
                continue;
            }
            int count = counts[i];
            if (count > bestCount || (count == bestCount && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    /**
     * Optimal string alignment distance of {@code a} and {@code b} (insertions, deletions,
     * substitutions and swaps of adjacent characters, no substring edited twice), or {@code max + 1}
     * as soon as it must exceed {@code max}.
     */
    static int distance(String a, String b, int max) {
        int n = a.length();
        int m = b.length();
        if (Math.abs(n - m) > max) {
            return max + 1;
        }
        int[] before = new int[m + 1];
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char ai = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char bj = b.charAt(j - 1);
                int cost = ai == bj ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == b.charAt(j - 2) && a.charAt(i - 2) == bj) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return Math.min(previous[m], max + 1);
    }
}
