package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.content.ContentBank;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class ConceptFeaturesTest {
    private final Analysis analysis = new Analysis(new TextNormalizer());
    private final Synonyms synonyms = Synonyms.bundled(analysis.normalizer);
    private final QueryTerms.ConceptCache cache = new QueryTerms.ConceptCache();
    private final ConceptFeatures features = new ConceptFeatures(synonyms, analysis, cache);

    private QueryTerms.Concept concept(int group) {
        List<String> variants = synonyms.groups().get(group);
        return cache.get(
                new Synonyms.Concept(group, variants.getFirst(), variants, synonyms.isIntent(group)), analysis);
    }

    private int group(String spelling) {
        String normalized = analysis.normalizer.normalize(spelling);
        for (int g = 0; g < synonyms.size(); g++) {
            if (synonyms.groups().get(g).contains(normalized)) {
                return g;
            }
        }
        throw new AssertionError("no dictionary group spells " + spelling);
    }

    @Test
    void of_addsTheWeightsOfTheFieldsThatHoldTheBestSpelling() {
        DocTerms doc = DocTerms.analyze(analysis, "BN 的作用是什么", "批归一化把每层的输入拉回标准分布，类似 dropout 的正则作用。");
        Map<Integer, Integer> found = features.of(doc);
        // "bn" in the question's words (15) and bigrams (15 + 10: a Latin word is its own bigram
        // token); 批归一化 only in the answer (at most 3 + 2). The best spelling counts, not the sum.
        assertEquals(15 + 10, found.get(group("BN")));
        // dropout only in the answer: its words and its bigrams.
        assertEquals(3 + 2, found.get(group("dropout")));
        assertFalse(found.containsKey(group("感受野")), "感受野 is in neither field");
    }

    @Test
    void presenceScore_equalsTheDisjunctionOverSpellingsForEveryConceptAndEntry() throws IOException {
        ContentBank bank = ContentBank.bundled();
        try (Directory dir = new ByteBuffersDirectory()) {
            new IndexBuilder(analysis, synonyms, features, Optional.empty())
                    .build(bank.entries(), dir, IndexProgress.NONE);
            try (DirectoryReader reader = DirectoryReader.open(dir)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                int conceptsSeen = 0;
                for (int g = 0; g < synonyms.size(); g++) {
                    QueryTerms.Concept c = concept(g);
                    if (c.spellings().isEmpty()) {
                        continue;
                    }
                    Map<Integer, Float> expected = scores(searcher, spellingDisjunction(c));
                    Map<Integer, Float> actual = scores(searcher, ConceptFeatures.query(c, 1f));
                    assertEquals(expected.keySet(), actual.keySet(), "entries holding " + c.name());
                    for (var e : expected.entrySet()) {
                        assertEquals(e.getValue(), actual.get(e.getKey()), 1e-5, c.name() + " in doc " + e.getKey());
                    }
                    conceptsSeen += expected.isEmpty() ? 0 : 1;
                }
                assertTrue(conceptsSeen > 60, "the bank names most dictionary concepts: " + conceptsSeen);
            }
        }
    }

    @Test
    void query_rejectsAWeightLuceneWouldNotScore() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ConceptFeatures.query(concept(0), 0f));
        assertEquals("weight must be in (0, 64.0], got: 0.0", e.getMessage());
    }

    /** How the concept clause was built before presence scores were indexed: every spelling, every field. */
    private static Query spellingDisjunction(QueryTerms.Concept concept) {
        List<Query> spellings = new ArrayList<>();
        for (QueryTerms.Spelling s : concept.spellings()) {
            BooleanQuery.Builder spelling = new BooleanQuery.Builder();
            all(spelling, Fields.QUESTION_WORDS, s.words(), LexicalQuery.QUESTION_WORDS);
            all(spelling, Fields.ANSWER_WORDS, s.words(), LexicalQuery.ANSWER_WORDS);
            all(spelling, Fields.QUESTION_BIGRAMS, s.bigrams(), LexicalQuery.QUESTION_BIGRAMS);
            all(spelling, Fields.ANSWER_BIGRAMS, s.bigrams(), LexicalQuery.ANSWER_BIGRAMS);
            spellings.add(spelling.build());
        }
        return new DisjunctionMaxQuery(spellings, 0.0f);
    }

    private static void all(BooleanQuery.Builder into, String field, List<String> tokens, float boost) {
        if (tokens.isEmpty()) {
            return;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        Set.copyOf(tokens).forEach(t -> all.add(new TermQuery(new Term(field, t)), Occur.MUST));
        into.add(new BoostQuery(new ConstantScoreQuery(all.build()), boost), Occur.SHOULD);
    }

    private static Map<Integer, Float> scores(IndexSearcher searcher, Query query) throws IOException {
        Map<Integer, Float> out = new HashMap<>();
        for (ScoreDoc sd :
                searcher.search(query, Math.max(1, searcher.getIndexReader().maxDoc())).scoreDocs) {
            out.put(sd.doc, sd.score);
        }
        return out;
    }
}
