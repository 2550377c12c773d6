package dev.wenda.search;

import java.util.List;
import java.util.Objects;

/**
 * A query's retrieval before the decision: the fused ranking and the evidence for each of its
 * first {@link #SCORED} entries. The decision model reorders those entries by the probability
 * that each answers the query and decides from the best one ({@link Decider}); calibration fits
 * the model on assessments, which do not depend on it.
 *
 * @param ranked the fused ranking, best first (padded to ten entries with unmatched ones)
 * @param evidence the evidence for the first entries of {@code ranked}, in the same order
 * @param topics what the bank covers, for abstentions
 * @param reorder whether the decision model may reorder the scored entries (not for the stock
 *     baseline, whose ranking is the comparison point)
 */
public record Assessment(List<Hit> ranked, List<Evidence> evidence, List<String> topics, boolean reorder) {
    /** How many of the first ranked entries the decision model scores and may reorder. */
    public static final int SCORED = 10;

    /**
     * The evidence for one entry.
     *
     * @param missingAspects the query's own words for the intents (缺点, 区别, ...) the entry does
     *     not cover, for "the bank covers X but not Y" replies
     * @param coveredTopics the query's own words for the topic concepts the entry covers
     */
    public record Evidence(Features features, List<String> missingAspects, List<String> coveredTopics) {
        public Evidence {
            Objects.requireNonNull(features, "features");
            missingAspects = List.copyOf(missingAspects);
            coveredTopics = List.copyOf(coveredTopics);
        }
    }

    public Assessment {
        ranked = List.copyOf(ranked);
        evidence = List.copyOf(evidence);
        topics = List.copyOf(topics);
        if (evidence.size() > Math.min(SCORED, ranked.size())) {
            throw new IllegalArgumentException(
                    "evidence for " + evidence.size() + " entries, but only " + ranked.size() + " ranked");
        }
    }
}
