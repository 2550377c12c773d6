package dev.wenda.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A chat message analyzed for search: its normalized and typo-corrected text, the dictionary
 * concepts it names, and the words and bigrams of the rest. Built only from analyzer output, so no
 * character of the message is ever interpreted as query syntax.
 *
 * @param text the normalized, corrected text (also what the dense model sees)
 * @param words word tokens outside dictionary concepts, unique, in order
 * @param bigrams bigram tokens outside dictionary concepts, unique, in order
 * @param concepts dictionary concepts, each a list of its spellings' analyzed forms
 * @param spelled the text the query matched for each concept, by group
 */
record QueryTerms(
        String text, List<String> words, List<String> bigrams, List<Concept> concepts, Map<Integer, String> spelled) {
    /** One spelling of a concept, analyzed. */
    record Spelling(List<String> words, List<String> bigrams) {}

    /**
     * A dictionary group named in the query.
     *
     * @param group the group's position in the dictionary
     * @param name its first (Chinese) spelling
     * @param intent whether it is a question intent (作用, 区别, ...) rather than a topic
     */
    record Concept(int group, String name, List<Spelling> spellings, boolean intent) {}

    /** How the query spelled {@code concept} (its own words, for replies), else the concept's name. */
    String spelling(Concept concept) {
        return spelled.getOrDefault(concept.group(), concept.name());
    }

    /** Caps that keep the Lucene query far below its 1024-clause limit for any message. */
    static final int MAX_WORDS = 48;

    static final int MAX_BIGRAMS = 96;
    static final int MAX_CONCEPTS = 12;

    QueryTerms {
        words = List.copyOf(words.subList(0, Math.min(words.size(), MAX_WORDS)));
        bigrams = List.copyOf(bigrams.subList(0, Math.min(bigrams.size(), MAX_BIGRAMS)));
        concepts = List.copyOf(concepts.subList(0, Math.min(concepts.size(), MAX_CONCEPTS)));
        spelled = Map.copyOf(spelled);
    }

    /**
     * What the dense model sees: the text followed by the first (Chinese) name of every concept
     * the text does not already spell that way, so "RNN 是啥" also says 循环神经网络 to a model
     * that knows Chinese better than abbreviations.
     */
    String denseText() {
        StringBuilder out = new StringBuilder(text);
        for (Concept c : concepts) {
            if (!text.contains(c.name())) {
                out.append(' ').append(c.name());
            }
        }
        return out.toString();
    }

    boolean isEmpty() {
        return words.isEmpty() && bigrams.isEmpty() && concepts.isEmpty();
    }

    static QueryTerms of(
            String normalized, SpellFixer spellFixer, Synonyms synonyms, Analysis analysis, ConceptCache cache) {
        String corrected = spellFixer.fix(normalized);
        Synonyms.Expansion expansion = synonyms.expand(corrected);
        List<Concept> concepts = new ArrayList<>();
        Map<Integer, String> spelled = new HashMap<>();
        for (Synonyms.Concept c : expansion.concepts()) {
            Concept analyzed = cache.get(c, analysis);
            if (!analyzed.spellings().isEmpty()) {
                concepts.add(analyzed);
                spelled.put(c.group(), c.matched());
            }
        }
        return new QueryTerms(
                corrected,
                unique(analysis.wordsOfNormalized(expansion.residual())),
                unique(analysis.bigramsOfNormalized(expansion.residual())),
                concepts,
                spelled);
    }

    /** Analyzed spellings of each dictionary group, computed once: a query then only looks them up. */
    static final class ConceptCache {
        private final java.util.concurrent.ConcurrentHashMap<Integer, Concept> byGroup =
                new java.util.concurrent.ConcurrentHashMap<>();

        Concept get(Synonyms.Concept c, Analysis analysis) {
            return byGroup.computeIfAbsent(c.group(), g -> analyze(c, analysis));
        }

        private static Concept analyze(Synonyms.Concept c, Analysis analysis) {
            List<Spelling> spellings = new ArrayList<>();
            for (String variant : c.variants()) {
                // Dictionary spellings are normalized when the dictionary is read.
                Spelling s = new Spelling(
                        unique(analysis.wordsOfNormalized(variant)), unique(analysis.bigramsOfNormalized(variant)));
                if (!s.words().isEmpty() || !s.bigrams().isEmpty()) {
                    spellings.add(s);
                }
            }
            return new Concept(c.group(), c.variants().getFirst(), spellings, c.intent());
        }
    }

    private static List<String> unique(List<String> tokens) {
        Set<String> set = new LinkedHashSet<>(tokens);
        return List.copyOf(set);
    }
}
