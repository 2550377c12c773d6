package dev.wenda.search;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Corrects typos in English terms of a normalized query against a vocabulary (the index's Latin
 * words plus the dictionary's): a Latin word of at least {@value #MIN_LENGTH} letters that is not
 * in the vocabulary becomes the most frequent vocabulary word within one edit (two from
 * {@value #TWO_EDITS_FROM} letters), counting a swap of neighbours as one edit
 * ({@code dropuot} becomes {@code dropout}). Shorter words and Chinese text are left alone: short
 * abbreviations (BN, LN, GAN) are too close to each other to guess.
 */
final class SpellFixer {
    static final int MIN_LENGTH = 5;
    static final int TWO_EDITS_FROM = 8;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

    private final Map<String, Integer> vocabulary;

    /** @param vocabulary Latin words and how many entries use them (ties go to the commoner word) */
    SpellFixer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
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
        CharacterRunAutomaton near =
                new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(maxEdits));
        String best = word;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : vocabulary.entrySet()) {
            String candidate = e.getKey();
            if (Math.abs(candidate.length() - word.length()) > maxEdits || !near.run(candidate)) {
                continue;
            }
            int count = e.getValue();
            if (count > bestCount || (count == bestCount && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
