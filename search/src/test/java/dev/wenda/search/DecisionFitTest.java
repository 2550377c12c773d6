package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DecisionFitTest {
    /** A query with one ranked entry whose evidence is its similarity {@code s}; relevant or not. */
    private static DecisionFit.Sample sample(int i, double s, boolean relevant, boolean inDomain) {
        Hit hit = new Hit(Fixtures.entry("q", i + 1, "问题" + i, "答案" + i), 1, 1, s);
        Features f = new Features(s, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0);
        Assessment a = new Assessment(
                List.of(hit), List.of(new Assessment.Evidence(f, List.of(), List.of())), List.of("卷积"), true);
        return new DecisionFit.Sample(a, inDomain, List.of(relevant), true);
    }

    /** Relevant exactly when the similarity is above 0.6, on an even grid. */
    private static List<DecisionFit.Sample> separable() {
        List<DecisionFit.Sample> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double s = i / 100.0;
            out.add(sample(i, s, s > 0.6, s > 0.6));
        }
        return out;
    }

    @Test
    void fit_separableSimilarity_weighsSimilarityAndAnswersOnlyAboveTheBoundary() {
        DecisionModel.Weights w = DecisionFit.fit(separable(), 0.97);
        assertTrue(w.weights()[0] > 2, "similarity weight " + w.weights()[0]);
        for (int j = 1; j < Features.NAMES.size(); j++) {
            assertEquals(0, w.weights()[j], 1e-9, Features.NAMES.get(j)); // constant features
        }
        for (DecisionFit.Sample s : separable()) {
            SearchOutcome o = Decider.decide(s.assessment(), w);
            if (o instanceof SearchOutcome.Answer) {
                assertTrue(
                        s.relevant().getFirst(),
                        "answered an irrelevant entry at " + o.signals().features());
            }
        }
        assertTrue(w.answerAt() >= 0.5);
    }

    @Test
    void fit_answerThreshold_isTheLowestConfidenceThatKeepsTheTargetPrecision() {
        // Similarities 0.90 (right), 0.80 (wrong), 0.70 .. 0.10 (right, wrong alternating).
        List<DecisionFit.Sample> samples = new ArrayList<>();
        samples.add(sample(1, 0.9, true, true));
        samples.add(sample(2, 0.8, false, false));
        for (int i = 3; i <= 9; i++) {
            samples.add(sample(i, (10 - i) / 10.0 + 0.01, i % 2 == 1, true));
        }
        DecisionModel.Weights w = DecisionFit.fit(samples, 0.5);
        // Precision by threshold: 0.90 -> 1/1, 0.80 -> 1/2, 0.71 -> 2/3, 0.61 -> 2/4, 0.51 -> 3/5 ...
        // the lowest threshold with precision >= 0.5 is the lowest confidence whose prefix keeps it.
        double[] p = samples.stream()
                .mapToDouble(
                        s -> w.confidence(s.assessment().evidence().getFirst().features()))
                .toArray();
        int right = 0;
        double expected = 1;
        Integer[] order = new Integer[p.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(p[b], p[a]));
        for (int r = 0; r < order.length; r++) {
            right += samples.get(order[r]).relevant().getFirst() ? 1 : 0;
            if ((double) right / (r + 1) >= 0.5) {
                expected = p[order[r]];
            }
        }
        assertEquals(Math.max(0.5, expected), w.answerAt(), 1e-12);
    }

    @Test
    void crossValidate_decidesEverySampleWithAModelThatDidNotSeeIt() {
        List<DecisionFit.Sample> samples = separable();
        List<SearchOutcome> outcomes = DecisionFit.crossValidate(samples, 5, 7, 0.97);
        assertEquals(samples.size(), outcomes.size());
        for (int i = 0; i < samples.size(); i++) {
            assertEquals(
                    samples.get(i).assessment().ranked().getFirst().entry(),
                    outcomes.get(i).ranked().getFirst().entry());
        }
        long answered =
                outcomes.stream().filter(o -> o instanceof SearchOutcome.Answer).count();
        assertTrue(answered > 10, "answered " + answered);
    }

    @Test
    void crossValidate_rankingOnlySamples_areTrainedOnButNotScored() {
        List<DecisionFit.Sample> samples = new ArrayList<>(separable());
        DecisionFit.Sample extra = sample(500, 0.95, true, true);
        samples.add(new DecisionFit.Sample(extra.assessment(), true, extra.relevant(), false));
        assertEquals(100, DecisionFit.crossValidate(samples, 5, 7, 0.97).size());
    }

    @Test
    void folds_areBalancedAndFixedBySeed() {
        int[] a = DecisionFit.folds(10, 3, 42);
        assertArrayEquals(a, DecisionFit.folds(10, 3, 42));
        int[] sizes = new int[3];
        for (int f : a) {
            sizes[f]++;
        }
        assertArrayEquals(new int[] {4, 3, 3}, sizes);
    }

    @Test
    void newton_recoversTheCoefficientsOfALogisticSample() {
        SplittableRandom random = new SplittableRandom(3);
        int n = 4000;
        double[][] z = new double[n][2];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double x = random.nextDouble(-3, 3);
            z[i][0] = 1;
            z[i][1] = x;
            double p = 1 / (1 + Math.exp(-(0.5 + 1.5 * x)));
            y[i] = random.nextDouble() < p ? 1 : 0;
        }
        double[] beta = DecisionFit.newton(z, y);
        assertEquals(0.5, beta[0], 0.15);
        assertEquals(1.5, beta[1], 0.15);
    }

    @Test
    void decide_reordersTheScoredEntriesByProbability() {
        Hit low = new Hit(Fixtures.entry("q", 1, "一", "一"), 1.0, 1, 0.2);
        Hit high = new Hit(Fixtures.entry("q", 2, "二", "二"), 0.5, 1, 0.9);
        Features fLow = new Features(0.2, 0, 0, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0);
        Features fHigh = new Features(0.9, 0, 0, 0.5, 1, 0.5, 0, 0, 0, 1, 0, 0, 0, 0, 0);
        Assessment a = new Assessment(
                List.of(low, high),
                List.of(
                        new Assessment.Evidence(fLow, List.of(), List.of()),
                        new Assessment.Evidence(fHigh, List.of(), List.of())),
                List.of(),
                true);
        DecisionModel.Weights w = DecisionFit.fit(separable(), 0.97);
        SearchOutcome o = Decider.decide(a, w);
        SearchOutcome.Answer answer = assertInstanceOf(SearchOutcome.Answer.class, o);
        assertEquals(high.entry(), answer.best().entry());
        assertEquals(
                List.of(high.entry(), low.entry()),
                o.ranked().stream().map(Hit::entry).toList());
        assertEquals(w.confidence(fHigh), answer.best().score(), 1e-12);
    }
}
