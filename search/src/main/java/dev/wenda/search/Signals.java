package dev.wenda.search;

import java.util.List;
import java.util.Objects;

/**
 * What a decision was made from: the decision model's confidence and the evidence behind it.
 *
 * @param confidence the decision model's probability that the top entry answers the query
 * @param features the measured evidence
 * @param missingAspects the query's own words for the intents (缺点, 区别, ...) the top entry does
 *     not cover, for "the bank covers X but not Y" replies
 * @param coveredTopics the query's own words for the topic concepts the top entry covers
 */
public record Signals(double confidence, Features features, List<String> missingAspects, List<String> coveredTopics) {
    public static final Signals NONE = new Signals(0, Features.NONE, List.of(), List.of());

    public Signals {
        Objects.requireNonNull(features, "features");
        missingAspects = List.copyOf(missingAspects);
        coveredTopics = List.copyOf(coveredTopics);
    }

    /** The same evidence with another confidence (the decision fit scores stored evidence anew). */
    public Signals withConfidence(double value) {
        return new Signals(value, features, missingAspects, coveredTopics);
    }
}
