package dev.wenda.search;

import java.util.List;

/**
 * The evidence a decision is made from, all measured on the top-ranked entry. Every value is in
 * [0, 1] except the margin (a difference of cosines).
 *
 * @param similarity cosine similarity of the query and the top entry's question (0 without model)
 * @param margin the top similarity minus the best similarity of an entry outside the top entry's
 *     group of near-duplicates: entries that say the same thing do not split the margin
 * @param questionCoverage IDF-weighted share of the query's units found in the top entry's question
 * @param coverage the same share over the top entry's question and answer
 * @param topicCoverage the share of the query's topic units (words, topic concepts) the top entry
 *     covers
 * @param aspectCoverage the share of the query's question intents (缺点, 区别, 原理, ...) the top
 *     entry covers; 1 when the query names none
 * @param unseenShare share of the query's weight in words no entry of the bank uses
 * @param specificity how rare the rarest covered topic unit is (chat lines match only common words)
 * @param chat cosine similarity of the query to the nearest everyday-chat exemplar (0 without model)
 * @param latin share of the query's letters that are Latin (English questions score lower
 *     similarities against a Chinese bank)
 * @param agreement 1 when the lexical and the dense path rank the same entry first, else 0
 */
public record Features(
        double similarity,
        double margin,
        double questionCoverage,
        double coverage,
        double topicCoverage,
        double aspectCoverage,
        double unseenShare,
        double specificity,
        double chat,
        double latin,
        double agreement) {
    /** Names of {@link #vector()}'s positions, as written in the decision weights file. */
    public static final List<String> NAMES = List.of(
            "similarity",
            "margin",
            "questionCoverage",
            "coverage",
            "topicCoverage",
            "aspectCoverage",
            "unseenShare",
            "specificity",
            "chat",
            "latin",
            "agreement");

    public static final Features NONE = new Features(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** The values in the order of {@link #NAMES}. */
    public double[] vector() {
        return new double[] {
            similarity,
            margin,
            questionCoverage,
            coverage,
            topicCoverage,
            aspectCoverage,
            unseenShare,
            specificity,
            chat,
            latin,
            agreement
        };
    }
}
