package dev.wenda.search;

import java.util.List;

/**
 * The evidence that one ranked entry answers the query: what the decision model scores. Values
 * are in [0, 1] except the two similarity differences.
 *
 * @param similarity cosine similarity of the query and the entry's question (0 without model)
 * @param similarityGap the entry's similarity minus the best similarity of any ranked entry (≤ 0)
 * @param margin the entry's similarity minus the best similarity of a ranked entry outside its
 *     group of near-duplicates: entries that say the same thing do not split the margin
 * @param fused the entry's fused retrieval score over the best one
 * @param lexical the entry's lexical score over the best one
 * @param reciprocalRank 1 / the entry's rank in the fused ranking
 * @param questionCoverage IDF-weighted share of the query's units found in the entry's question
 * @param coverage the same share over the entry's question and answer
 * @param topicCoverage the share of the query's topic units (words, topic concepts) the entry covers
 * @param aspectCoverage the share of the query's question intents (缺点, 区别, 公式, ...) the entry
 *     covers; 1 when the query names none
 * @param specificity how rare the rarest covered topic unit is (chat lines match only common words)
 * @param unseenShare share of the query's weight in words no entry of the bank uses
 * @param chat cosine similarity of the query to the nearest everyday-chat exemplar (0 without model)
 * @param latin share of the query's letters that are Latin (English questions score lower
 *     similarities against a Chinese bank)
 * @param agreement 1 when the lexical and the dense path rank the same entry first, else 0
 */
public record Features(
        double similarity,
        double similarityGap,
        double margin,
        double fused,
        double lexical,
        double reciprocalRank,
        double questionCoverage,
        double coverage,
        double topicCoverage,
        double aspectCoverage,
        double specificity,
        double unseenShare,
        double chat,
        double latin,
        double agreement) {
    /** Names of {@link #vector()}'s positions, as written in the decision weights file. */
    public static final List<String> NAMES = List.of(
            "similarity",
            "similarityGap",
            "margin",
            "fused",
            "lexical",
            "reciprocalRank",
            "questionCoverage",
            "coverage",
            "topicCoverage",
            "aspectCoverage",
            "specificity",
            "unseenShare",
            "chat",
            "latin",
            "agreement");

    public static final Features NONE = new Features(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The values in the order of {@link #NAMES}. */
    public double[] vector() {
        return new double[] {
            similarity,
            similarityGap,
            margin,
            fused,
            lexical,
            reciprocalRank,
            questionCoverage,
            coverage,
            topicCoverage,
            aspectCoverage,
            specificity,
            unseenShare,
            chat,
            latin,
            agreement
        };
    }
}
