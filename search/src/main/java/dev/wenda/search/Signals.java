package dev.wenda.search;

import java.util.List;
import java.util.Objects;

/**
 * What a decision was made from: the decision model's confidence in the top entry and the
 * evidence behind it.
 *
 * @param confidence the decision model's probability that the top entry answers the query
 * @param features the top entry's evidence
 * @param missingAspects the query's own words for the intents (缺点, 区别, ...) the top entry does
 *     not cover
 * @param coveredTopics the query's own words for the topic concepts the top entry covers
 */
public record Signals(double confidence, Features features, List<String> missingAspects, List<String> coveredTopics) {
    public static final Signals NONE = new Signals(0, Features.NONE, List.of(), List.of());

    public Signals {
        Objects.requireNonNull(features, "features");
        missingAspects = List.copyOf(missingAspects);
        coveredTopics = List.copyOf(coveredTopics);
    }

    static Signals of(double confidence, Assessment.Evidence e) {
        return new Signals(confidence, e.features(), e.missingAspects(), e.coveredTopics());
    }
}
