package dev.wenda.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Ranks entries for one query in one mode. Lexical and dense candidates are fused by weighted
 * score fusion: the lexical score divided by the query's best lexical score, and the cosine
 * similarity rescaled from [{@value #SIMILARITY_FLOOR}, 1] to [0, 1], mixed with weight
 * {@value #LEXICAL_WEIGHT} for lexical. Unlike reciprocal-rank fusion this keeps how much better
 * the best hit is, which a single strong lexical match needs ({@link SearchMode#HYBRID_RRF} measures
 * reciprocal-rank fusion against it; docs/search.md has both).
 */
final class Retriever {
    static final int DEPTH = 50;
    static final double LEXICAL_WEIGHT = 0.5;
    static final double SIMILARITY_FLOOR = 0.3;
    /** The usual reciprocal-rank-fusion constant (Cormack et al. 2009). */
    static final int RRF_K = 60;

    private final Analysis analysis;
    private final Optional<Embedder> embedder;

    Retriever(Analysis analysis, Optional<Embedder> embedder) {
        this.analysis = analysis;
        this.embedder = embedder;
    }

    /**
     * The ranked hits (best first, at most {@link #DEPTH}) with the dense similarities known.
     *
     * @param docs the Lucene document of each hit, in the same order
     * @param queryVector the query's embedding; empty when the mode ran no dense search
     * @param agreement whether the lexical and the dense path put the same document first
     */
    record Ranking(List<Hit> hits, List<Integer> docs, float[] queryVector, boolean agreement) {}

    Ranking rank(IndexSnapshot index, QueryTerms terms, String rawQuery, SearchMode mode) throws IOException {
        Map<Integer, double[]> scores = new HashMap<>(); // doc -> {lexical, similarity, rrf}
        TopDocs lexicalTop = null;
        if (mode == SearchMode.BASELINE) {
            lexicalTop = index.searcher.search(baseline(rawQuery), DEPTH);
        } else if (mode != SearchMode.DENSE) {
            lexicalTop = index.searcher.search(LexicalQuery.build(terms, index), DEPTH);
        }
        double maxLexical = lexicalTop == null ? 0 : collectLexical(index, lexicalTop, scores);
        float[] vector = new float[0];
        int denseFirst = -1;
        if (mode.needsModel()
                && index.dense
                && embedder.isPresent()
                && !terms.text().isBlank()) {
            vector = embedder.get().embedQuery(terms.denseText());
            TopDocs top = index.searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, DEPTH), DEPTH);
            denseFirst = first(index, top);
            for (int rank = 0, seen = 0; seen < top.scoreDocs.length; seen++) {
                ScoreDoc sd = top.scoreDocs[seen];
                if (!index.visible(sd.doc)) {
                    continue;
                }
                double cosine = 2 * sd.score - 1; // Lucene maps a dot product d to (1 + d) / 2
                double[] s = scores.computeIfAbsent(sd.doc, d -> new double[3]);
                s[1] = cosine;
                s[2] += 1.0 / (RRF_K + rank + 1);
                rank++;
            }
            fillSimilarities(index, vector, scores);
        }
        record Scored(int doc, Hit hit) {}
        List<Scored> scored = new ArrayList<>(scores.size());
        for (var e : scores.entrySet()) {
            double lexical = e.getValue()[0];
            double similarity = e.getValue()[1];
            double fused = mode == SearchMode.HYBRID_RRF
                    ? e.getValue()[2]
                    : fuse(mode, maxLexical == 0 ? 0 : lexical / maxLexical, similarity);
            scored.add(new Scored(e.getKey(), new Hit(index.entryOfDoc(e.getKey()), fused, lexical, similarity)));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.hit().score())
                .reversed()
                .thenComparingInt(s -> index.ordinalOfDoc(s.doc())));
        List<Scored> kept = scored.subList(0, Math.min(DEPTH, scored.size()));
        List<Hit> hits = kept.stream().map(Scored::hit).toList();
        int lexicalFirst = lexicalTop == null ? -1 : first(index, lexicalTop);
        return new Ranking(
                hits, kept.stream().map(Scored::doc).toList(), vector, lexicalFirst >= 0 && lexicalFirst == denseFirst);
    }

    static double fuse(SearchMode mode, double lexicalShare, double similarity) {
        double dense = Math.max(0, (similarity - SIMILARITY_FLOOR) / (1 - SIMILARITY_FLOOR));
        return switch (mode) {
            case LEXICAL, BASELINE -> lexicalShare;
            case DENSE -> dense;
            case HYBRID, HYBRID_RRF -> LEXICAL_WEIGHT * lexicalShare + (1 - LEXICAL_WEIGHT) * dense;
        };
    }

    /** Lexical hits the dense search did not return still get their exact similarity. */
    private static void fillSimilarities(IndexSnapshot index, float[] query, Map<Integer, double[]> scores)
            throws IOException {
        for (var e : scores.entrySet()) {
            if (e.getValue()[1] == 0) {
                e.getValue()[1] = DenseVectors.similarity(index.reader, e.getKey(), query);
            }
        }
    }

    /** The first document of {@code top} that is in the bank (a community may hide base entries), or -1. */
    private static int first(IndexSnapshot index, TopDocs top) {
        for (ScoreDoc sd : top.scoreDocs) {
            if (index.visible(sd.doc)) {
                return sd.doc;
            }
        }
        return -1;
    }

    private static double collectLexical(IndexSnapshot index, TopDocs top, Map<Integer, double[]> scores) {
        double max = 0;
        int rank = 0;
        for (ScoreDoc sd : top.scoreDocs) {
            if (!index.visible(sd.doc)) {
                continue;
            }
            double[] s = scores.computeIfAbsent(sd.doc, d -> new double[3]);
            s[0] = sd.score;
            s[2] += 1.0 / (RRF_K + rank + 1);
            max = Math.max(max, sd.score);
            rank++;
        }
        return max;
    }

    private Query baseline(String rawQuery) {
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        List<String> tokens = Analysis.tokens(analysis.standard, Fields.BASELINE, rawQuery);
        tokens.stream()
                .distinct()
                .limit(QueryTerms.MAX_BIGRAMS)
                .forEach(t -> q.add(new TermQuery(new Term(Fields.BASELINE, t)), Occur.SHOULD));
        return q.build();
    }
}
