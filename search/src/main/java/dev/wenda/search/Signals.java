package dev.wenda.search;

/**
 * The calibrated evidence a decision is made from (all in [0, 1] except the margin).
 *
 * @param confidence the decision model's probability that the top entry answers the query
 * @param similarity cosine similarity of the query and the top entry's question (0 without model)
 * @param margin similarity of the top entry minus that of the next one
 * @param questionCoverage IDF-weighted share of the query's terms and concepts found in the top
 *     entry's question
 * @param coverage the same share over the top entry's question and answer
 */
public record Signals(double confidence, double similarity, double margin, double questionCoverage, double coverage) {
    public static final Signals NONE = new Signals(0, 0, 0, 0, 0);
}
