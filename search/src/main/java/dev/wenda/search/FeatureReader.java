package dev.wenda.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures the {@link Features} of the first {@link Assessment#SCORED} entries of a ranking: the
 * evidence the decision model scores. Reads the index (coverage) and the chat exemplars; holds no
 * per-query state.
 */
final class FeatureReader {
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
                    agreement);
            out.add(new Assessment.Evidence(f, shares.missingAspects(), shares.coveredTopics()));
        }
        return out;
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
