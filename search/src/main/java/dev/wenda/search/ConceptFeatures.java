package dev.wenda.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.search.Query;

/**
 * Where each dictionary concept occurs in an entry, worked out once when the entry is indexed and
 * stored as a Lucene {@link FeatureField} per concept. A query then scores a concept with one
 * postings list instead of a disjunction over every spelling in four fields.
 *
 * <p>The stored value is the concept's presence score: over its spellings, the best sum of the
 * field weights ({@link LexicalQuery}) of the fields that hold every token of the spelling. It is
 * kept in whole {@link #UNIT}s (question words 15, question bigrams 10, answer words 3, answer
 * bigrams 2), which FeatureField stores exactly.
 */
final class ConceptFeatures {
    /** Field weights are multiples of this; FeatureField keeps 8 mantissa bits, enough for whole units up to 256. */
    static final float UNIT = 0.2f;

    static final int QUESTION_WORDS = units(LexicalQuery.QUESTION_WORDS);
    static final int QUESTION_BIGRAMS = units(LexicalQuery.QUESTION_BIGRAMS);
    static final int ANSWER_WORDS = units(LexicalQuery.ANSWER_WORDS);
    static final int ANSWER_BIGRAMS = units(LexicalQuery.ANSWER_BIGRAMS);

    private final List<QueryTerms.Concept> concepts = new ArrayList<>();
    /** Concepts (positions in {@link #concepts}) by the first word or first bigram of one of their spellings. */
    private final Map<String, Set<Integer>> byFirstToken = new HashMap<>();

    ConceptFeatures(Synonyms synonyms, Analysis analysis, QueryTerms.ConceptCache cache) {
        List<List<String>> groups = synonyms.groups();
        for (int g = 0; g < groups.size(); g++) {
            List<String> variants = groups.get(g);
            QueryTerms.Concept c =
                    cache.get(new Synonyms.Concept(g, variants.getFirst(), variants, synonyms.isIntent(g)), analysis);
            int position = concepts.size();
            concepts.add(c);
            for (QueryTerms.Spelling s : c.spellings()) {
                if (!s.words().isEmpty()) {
                    byFirstToken
                            .computeIfAbsent(s.words().getFirst(), t -> new HashSet<>())
                            .add(position);
                }
                if (!s.bigrams().isEmpty()) {
                    byFirstToken
                            .computeIfAbsent(s.bigrams().getFirst(), t -> new HashSet<>())
                            .add(position);
                }
            }
        }
    }

    /** The feature (term) of dictionary group {@code group} in {@link Fields#CONCEPTS}. */
    static String feature(int group) {
        return Integer.toString(group);
    }

    /** The presence score of every concept {@code doc} holds, in {@link #UNIT}s, by dictionary group. */
    Map<Integer, Integer> of(DocTerms doc) {
        Set<Integer> candidates = new HashSet<>();
        for (Set<String> field :
                List.of(doc.questionWords(), doc.answerWords(), doc.questionBigrams(), doc.answerBigrams())) {
            for (String token : field) {
                candidates.addAll(byFirstToken.getOrDefault(token, Set.of()));
            }
        }
        Map<Integer, Integer> out = new TreeMap<>();
        for (int position : candidates) {
            QueryTerms.Concept c = concepts.get(position);
            int best = 0;
            for (QueryTerms.Spelling s : c.spellings()) {
                best = Math.max(best, units(s, doc));
            }
            if (best > 0) {
                out.put(c.group(), best);
            }
        }
        return out;
    }

    /** The Lucene fields for {@link #of}. */
    List<FeatureField> fields(DocTerms doc) {
        List<FeatureField> out = new ArrayList<>();
        of(doc).forEach((group, units) -> out.add(new FeatureField(Fields.CONCEPTS, feature(group), units)));
        return out;
    }

    /** Scores an entry {@code weight} × its presence score of {@code concept} (0 when it has none). */
    static Query query(QueryTerms.Concept concept, float weight) {
        return FeatureField.newLinearQuery(Fields.CONCEPTS, feature(concept.group()), weight * UNIT);
    }

    private static int units(QueryTerms.Spelling s, DocTerms doc) {
        int sum = 0;
        if (allIn(s.words(), doc.questionWords())) {
            sum += QUESTION_WORDS;
        }
        if (allIn(s.words(), doc.answerWords())) {
            sum += ANSWER_WORDS;
        }
        if (allIn(s.bigrams(), doc.questionBigrams())) {
            sum += QUESTION_BIGRAMS;
        }
        if (allIn(s.bigrams(), doc.answerBigrams())) {
            sum += ANSWER_BIGRAMS;
        }
        return sum;
    }

    private static boolean allIn(List<String> tokens, Set<String> field) {
        return !tokens.isEmpty() && field.containsAll(tokens);
    }

    private static int units(float weight) {
        int units = Math.round(weight / UNIT);
        if (Math.abs(units * UNIT - weight) > 1e-6f) {
            throw new IllegalStateException("field weight " + weight + " is not a whole number of units " + UNIT);
        }
        return units;
    }
}
