package dev.wenda.bot.ask;

import dev.wenda.search.DecisionModel;
import dev.wenda.search.Features;
import dev.wenda.search.SearchMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * A decision model for the small hand-made banks of adapter tests, where the shipped model (fitted
 * on the bundled bank) has nothing to go on: confidence σ(−3.6 + 3.74 · question coverage + 5.34 ·
 * coverage), answer from 0.5, candidates from 0.25. Tests of what search decides use the shipped
 * model on the bundled bank (module search); these tests render whatever it decided.
 */
public final class FixtureDecisions {
    private FixtureDecisions() {}

    public static DecisionModel coverageOnly() {
        int n = Features.NAMES.size();
        double[] weights = new double[n];
        weights[Features.NAMES.indexOf("questionCoverage")] = 3.74;
        weights[Features.NAMES.indexOf("coverage")] = 5.34;
        double[] scales = new double[n];
        Arrays.fill(scales, 1);
        DecisionModel.Weights w = new DecisionModel.Weights(-3.6, weights, new double[n], scales, 0.5, 0.25);
        Map<SearchMode, DecisionModel.Weights> all = new EnumMap<>(SearchMode.class);
        for (SearchMode m : SearchMode.values()) {
            all.put(m, w);
        }
        return new DecisionModel(all);
    }
}
