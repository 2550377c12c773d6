package dev.wenda.search;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the lexical Lucene query from {@link QueryTerms} programmatically (never through a query
 * parser): every word and bigram is a SHOULD term over question and answer fields, the question
 * weighted above the answer; each dictionary concept is one clause that counts once however many
 * spellings an entry uses. A concept scores by presence, not term statistics: its IDF (from its
 * most used spelling) times the weights of the fields that hold a spelling, the best spelling
 * counting, so a two-word spelling ("batch normalization") does not outscore a one-word one ("BN").
 * Those presence scores are computed at indexing ({@link ConceptFeatures}).
 */
final class LexicalQuery {
    // Indexed concept scores are made of these weights: change them, bump IndexStore.SCHEMA_VERSION.
    static final float QUESTION_WORDS = 3.0f;
    static final float QUESTION_BIGRAMS = 2.0f;
    static final float ANSWER_WORDS = 0.6f;
    static final float ANSWER_BIGRAMS = 0.4f;
    static final float CONCEPT = 1.5f;
    /**
     * Question intents (作用, 区别, 原理, ...) weigh this share of a topic concept: they say what is
     * asked, not about what, so an entry on the asked topic outranks one that merely shares the
     * question type. On the dev set, top-1 (hybrid) is 0.945 at 1.0, 0.973 from 0.3 to 0.45, 0.959
     * at 0.2 and 0.945 at 0.1; the middle of the plateau is taken.
     */
    static final float INTENT = 0.3f;

    private LexicalQuery() {}

    static Query build(QueryTerms terms, IndexSnapshot index) {
        if (terms.isEmpty()) {
            return new MatchNoDocsQuery("no searchable terms");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String w : terms.words()) {
            query.add(boosted(Fields.QUESTION_WORDS, w, QUESTION_WORDS), Occur.SHOULD);
            query.add(boosted(Fields.ANSWER_WORDS, w, ANSWER_WORDS), Occur.SHOULD);
        }
        for (String b : terms.bigrams()) {
            query.add(boosted(Fields.QUESTION_BIGRAMS, b, QUESTION_BIGRAMS), Occur.SHOULD);
            query.add(boosted(Fields.ANSWER_BIGRAMS, b, ANSWER_BIGRAMS), Occur.SHOULD);
        }
        for (QueryTerms.Concept c : terms.concepts()) {
            float weight = CONCEPT * (c.intent() ? INTENT : 1f) * (float) index.conceptIdf(c);
            query.add(ConceptFeatures.query(c, weight), Occur.SHOULD);
        }
        return query.build();
    }

    /** IDF of a concept: that of its most used spelling (the rarest word of a spelling counts). */
    static double conceptIdf(QueryTerms.Concept concept, IndexReader reader) throws IOException {
        int df = 0;
        for (QueryTerms.Spelling s : concept.spellings()) {
            int spellingDf = Integer.MAX_VALUE;
            for (String w : s.words()) {
                spellingDf = Math.min(
                        spellingDf,
                        Math.max(
                                reader.docFreq(new Term(Fields.QUESTION_WORDS, w)),
                                reader.docFreq(new Term(Fields.ANSWER_WORDS, w))));
            }
            if (spellingDf != Integer.MAX_VALUE) {
                df = Math.max(df, spellingDf);
            }
        }
        return Coverage.idf(reader.numDocs(), df);
    }

    private static Query boosted(String field, String token, float boost) {
        return new BoostQuery(new TermQuery(new Term(field, token)), boost);
    }
}
