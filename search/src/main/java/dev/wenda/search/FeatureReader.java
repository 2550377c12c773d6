package dev.wenda.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;

/**
 * Measures the {@link Features} of the first {@link Assessment#SCORED} entries of a ranking: the
 * evidence the decision model scores. Reads the index (coverage) and the chat exemplars; holds no
 * per-query state.
 */
final class FeatureReader {
    private static final String VARIANT = System.getProperty("wenda.tokens", "f1");
    private static final Set<String> TOKENS = Set.of(Fields.TOKENS, Fields.ANSWER_TOKENS);
    private final java.util.Map<Object, double[]> idfs = new java.util.concurrent.ConcurrentHashMap<>();

    private final ChatExemplars chat;

    FeatureReader(ChatExemplars chat) {
        this.chat = chat;
    }

    /** The evidence for each of the first {@link Assessment#SCORED} hits of {@code ranking}. */
    List<Assessment.Evidence> of(IndexSnapshot index, QueryTerms terms, Retriever.Ranking ranking) throws IOException {
        List<Hit> hits = ranking.hits();
        if (hits.isEmpty()) {
            return List.of();
        }
        Coverage coverage = new Coverage(index, terms);
        double bestSimilarity = hits.stream().mapToDouble(Hit::similarity).max().orElse(0);
        double bestScore = hits.getFirst().score();
        double bestLexical = hits.stream().mapToDouble(Hit::lexical).max().orElse(0);
        float[] vector = ranking.queryVector();
        double chatSimilarity = vector.length == 0 ? 0 : chat.nearest(vector);
        double latin = latinShare(terms.text());
        double agreement = ranking.agreement() ? 1 : 0;
        int n = Math.min(Assessment.SCORED, hits.size());
        double[][] token = tokenF1(index, ranking, n);
        double[] tokenF1 = token[0];
        double[] second = token[1];
        double bestTokenF1 = java.util.Arrays.stream(tokenF1).max().orElse(0);
        List<Assessment.Evidence> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Hit h = hits.get(i);
            Set<String> group = new HashSet<>(h.entry().related());
            group.add(h.entry().id());
            double outside = hits.stream()
                    .filter(o -> !group.contains(o.entry().id()))
                    .mapToDouble(Hit::similarity)
                    .max()
                    .orElse(0);
            Coverage.Shares shares = coverage.of(ranking.docs().get(i));
            Features f = new Features(
                    h.similarity(),
                    h.similarity() - bestSimilarity,
                    h.similarity() - outside,
                    bestScore <= 0 ? 0 : h.score() / bestScore,
                    bestLexical <= 0 ? 0 : h.lexical() / bestLexical,
                    1.0 / (i + 1),
                    shares.question(),
                    shares.full(),
                    shares.topic(),
                    shares.aspect(),
                    shares.specificity(),
                    coverage.unseenShare(),
                    chatSimilarity,
                    latin,
                    agreement,
                    tokenF1[i],
                    VARIANT.startsWith("both") ? second[i] : tokenF1[i] - bestTokenF1);
            out.add(new Assessment.Evidence(f, shares.missingAspects(), shares.coveredTopics()));
        }
        return out;
    }

    /** The token-level F1 of the query and each of the first {@code n} ranked entries' questions. */
    private double[][] tokenF1(IndexSnapshot index, Retriever.Ranking ranking, int n) throws IOException {
        double[] out = new double[n];
        double[] second = new double[n];
        if (ranking.queryTokens().isEmpty()) {
            return new double[][] {out, second};
        }
        StoredFields stored = index.searcher.storedFields();
        boolean answer = VARIANT.contains("ans");
        double[] idf = VARIANT.contains("idf") ? idf(index) : null;
        java.util.function.IntToDoubleFunction weight = idf == null
                ? id -> 1.0
                : id -> id >= 0 && id < idf.length ? idf[id] : 0;
        for (int i = 0; i < n; i++) {
            var doc = stored.document(ranking.docs().get(i), TOKENS);
            BytesRef q = doc.getBinaryValue(Fields.TOKENS);
            BytesRef a = doc.getBinaryValue(Fields.ANSWER_TOKENS);
            if (q == null || a == null) {
                continue;
            }
            TokenVectors qt = TokenVectors.fromBytes(q);
            TokenVectors at = TokenVectors.fromBytes(a);
            if (VARIANT.startsWith("union")) {
                int[] ids = java.util.stream.IntStream.concat(
                                java.util.Arrays.stream(qt.ids()), java.util.Arrays.stream(at.ids()))
                        .toArray();
                float[][] rows = java.util.stream.Stream.concat(
                                java.util.Arrays.stream(qt.rows()), java.util.Arrays.stream(at.rows()))
                        .toArray(float[][]::new);
                out[i] = ranking.queryTokens().match(new TokenVectors(ids, rows), weight).recall();
            } else if (VARIANT.startsWith("both")) {
                out[i] = ranking.queryTokens().match(qt, weight).f1();
                second[i] = ranking.queryTokens().match(at, weight).recall();
            } else {
                TokenVectors.Match m = ranking.queryTokens().match(answer ? at : qt, weight);
                out[i] = VARIANT.contains("recall") || answer ? m.recall() : m.f1();
            }
        }
        return new double[][] {out, second};
    }

    /** Experimental: IDF of each token id over the entries' question tokens. */
    private double[] idf(IndexSnapshot index) {
        return idfs.computeIfAbsent(index.reader.getReaderCacheHelper() == null ? index : index.reader.getReaderCacheHelper().getKey(), k -> {
            try {
                int[] df = new int[30000];
                int docs = 0;
                StoredFields stored = index.searcher.storedFields();
                for (int d = 0; d < index.reader.maxDoc(); d++) {
                    BytesRef b = stored.document(d, Set.of(Fields.TOKENS)).getBinaryValue(Fields.TOKENS);
                    if (b == null) {
                        continue;
                    }
                    docs++;
                    java.util.Arrays.stream(TokenVectors.fromBytes(b).ids()).distinct().forEach(id -> df[id]++);
                }
                double[] out = new double[df.length];
                for (int t = 0; t < df.length; t++) {
                    out[t] = Math.log((docs + 1.0) / (df[t] + 0.5));
                }
                return out;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Share of the letters of {@code text} that are Latin. */
    static double latinShare(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        if (letters == 0) {
            return 0;
        }
        long latin = text.codePoints()
                .filter(c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
                .count();
        return (double) latin / letters;
    }
}
