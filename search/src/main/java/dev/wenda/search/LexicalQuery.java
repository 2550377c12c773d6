package dev.wenda.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the lexical Lucene query from {@link QueryTerms} programmatically (never through a query
 * parser): every word and bigram is a SHOULD term over question and answer fields, the question
 * weighted above the answer; each dictionary concept is one disjunction-max over its spellings, so
 * a concept counts once however many spellings an entry uses. A concept scores by presence, not
 * term statistics: its IDF (from its rarest spelling) times the field weight, so a two-word
 * spelling ("batch normalization") does not outscore a one-word one ("BN").
 */
final class LexicalQuery {
    static final float QUESTION_WORDS = 3.0f;
    static final float QUESTION_BIGRAMS = 2.0f;
    static final float ANSWER_WORDS = 0.6f;
    static final float ANSWER_BIGRAMS = 0.4f;
    static final float CONCEPT = 1.5f;

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
            query.add(new BoostQuery(concept(c), CONCEPT * (float) index.conceptIdf(c)), Occur.SHOULD);
        }
        return query.build();
    }

    static Query concept(QueryTerms.Concept concept) {
        List<Query> spellings = new ArrayList<>();
        for (QueryTerms.Spelling s : concept.spellings()) {
            BooleanQuery.Builder spelling = new BooleanQuery.Builder();
            addAll(spelling, Fields.QUESTION_WORDS, s.words(), QUESTION_WORDS);
            addAll(spelling, Fields.ANSWER_WORDS, s.words(), ANSWER_WORDS);
            addAll(spelling, Fields.QUESTION_BIGRAMS, s.bigrams(), QUESTION_BIGRAMS);
            addAll(spelling, Fields.ANSWER_BIGRAMS, s.bigrams(), ANSWER_BIGRAMS);
            spellings.add(spelling.build());
        }
        return new DisjunctionMaxQuery(spellings, 0.0f);
    }

    /** A clause matching documents whose {@code field} has every one of {@code tokens}. */
    private static void addAll(BooleanQuery.Builder into, String field, List<String> tokens, float boost) {
        if (tokens.isEmpty()) {
            return;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String t : tokens) {
            all.add(new TermQuery(new Term(field, t)), Occur.MUST);
        }
        into.add(new BoostQuery(new ConstantScoreQuery(all.build()), boost), Occur.SHOULD);
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
