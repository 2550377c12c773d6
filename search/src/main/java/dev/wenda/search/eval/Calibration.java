package dev.wenda.search.eval;

import dev.wenda.search.Assessment;
import dev.wenda.search.DecisionFit;
import dev.wenda.search.DecisionModel;
import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Fits the decision model of every search mode on labelled queries and reports, per mode, the
 * quality of decisions made by models that never saw the query: k-fold cross-validation with a
 * seeded fold assignment, so the same files give the same report.
 *
 * @param reports one per mode, in {@link SearchMode} order
 * @param model the weights fitted on all queries, what {@code decision.properties} ships
 */
public record Calibration(List<ModeReport> reports, DecisionModel model) {
    /**
     * One mode's result.
     *
     * @param crossValidated metrics of the held-out decisions (latency: the searches' own)
     * @param fitted the weights fitted on every query
     */
    public record ModeReport(SearchMode mode, EvalMetrics crossValidated, DecisionModel.Weights fitted) {}

    public Calibration {
        reports = List.copyOf(reports);
    }

    /**
     * Runs the queries through {@code search} in every mode (which needs the embedding model),
     * cross-validates and fits.
     *
     * @param queries questions written by others: they choose the thresholds and are scored
     * @param rankingOnly questions that only teach the ranking (in the bank's own words): they join
     *     every fit, choose no threshold and are not scored
     * @param precision the answer precision the thresholds are chosen for on the training folds
     */
    public static Calibration run(
            SearchService search,
            List<EvalQuery> queries,
            List<EvalQuery> rankingOnly,
            int folds,
            long seed,
            double precision) {
        if (folds < 2 || folds > queries.size()) {
            throw new IllegalArgumentException("folds must be between 2 and the number of queries, was " + folds);
        }
        List<ModeReport> reports = new ArrayList<>();
        Map<SearchMode, DecisionModel.Weights> weights = new EnumMap<>(SearchMode.class);
        for (SearchMode mode : SearchMode.values()) {
            List<DecisionFit.Sample> samples = new ArrayList<>();
            long[] nanos = new long[queries.size()];
            for (int i = 0; i < queries.size(); i++) {
                long start = System.nanoTime();
                Assessment a = search.assess(queries.get(i).query(), mode);
                nanos[i] = System.nanoTime() - start;
                samples.add(sample(queries.get(i), a, true));
            }
            for (EvalQuery q : rankingOnly) {
                samples.add(sample(q, search.assess(q.query(), mode), false));
            }
            List<SearchOutcome> held = DecisionFit.crossValidate(samples, folds, seed, precision);
            List<EvalResult> decided = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                EvalQuery q = queries.get(i);
                SearchOutcome o = held.get(i);
                decided.add(new EvalResult(q, o, Evaluator.firstRelevantRank(o.ranked(), q.relevant()), nanos[i]));
            }
            DecisionModel.Weights fitted = DecisionFit.fit(samples, precision);
            weights.put(mode, fitted);
            reports.add(new ModeReport(mode, EvalMetrics.of(decided), fitted));
        }
        return new Calibration(reports, new DecisionModel(weights));
    }

    private static DecisionFit.Sample sample(EvalQuery q, Assessment a, boolean calibrates) {
        Set<String> wanted = new HashSet<>(q.relevant());
        List<Boolean> relevant = new ArrayList<>();
        for (int i = 0; i < a.evidence().size(); i++) {
            relevant.add(a.ranked().get(i).refKeys().stream().anyMatch(wanted::contains));
        }
        return new DecisionFit.Sample(a, q.kind() == EvalQuery.Kind.IN_DOMAIN, relevant, calibrates);
    }
}
