package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DecisionModelTest {
    private static final int N = Features.NAMES.size();

    private static DecisionModel.Weights weights(double bias, double first, double answerAt, double candidatesAt) {
        double[] w = new double[N];
        w[0] = first;
        double[] ones = new double[N];
        Arrays.fill(ones, 1);
        return new DecisionModel.Weights(bias, w, new double[N], ones, answerAt, candidatesAt);
    }

    private static DecisionModel model(DecisionModel.Weights w) {
        Map<SearchMode, DecisionModel.Weights> all = new EnumMap<>(SearchMode.class);
        for (SearchMode m : SearchMode.values()) {
            all.put(m, w);
        }
        return new DecisionModel(all);
    }

    private static Properties properties(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return p;
    }

    @Test
    void confidence_isTheLogisticOfTheStandardizedWeightedSum() {
        double[] w = new double[N];
        w[0] = 2;
        double[] means = new double[N];
        means[0] = 0.5;
        double[] scales = new double[N];
        Arrays.fill(scales, 1);
        scales[0] = 0.25;
        DecisionModel.Weights weights = new DecisionModel.Weights(-1, w, means, scales, 0.9, 0.2);
        Features f = new Features(0.75, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        // z = -1 + 2 * (0.75 - 0.5) / 0.25 = 1
        assertEquals(1 / (1 + Math.exp(-1)), weights.confidence(f), 1e-12);
    }

    @Test
    void format_thenParse_givesTheSameModel() throws IOException {
        DecisionModel original = model(weights(-1.5, 3.25, 0.9, 0.25));
        DecisionModel read = DecisionModel.parse(properties(original.format("a header\nof two lines")));
        Features f = new Features(0.8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (SearchMode m : SearchMode.values()) {
            assertEquals(original.weights(m).confidence(f), read.weights(m).confidence(f), 1e-9);
            assertEquals(0.9, read.weights(m).answerAt());
            assertEquals(0.25, read.weights(m).candidatesAt());
        }
    }

    @Test
    void parse_missingKey_namesIt() throws IOException {
        String text = model(weights(0, 1, 0.9, 0.2)).format("h").replaceAll("(?m)^lexical\\.bias=.*$", "");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DecisionModel.parse(properties(text)));
        assertEquals("decision model has no lexical.bias", e.getMessage());
    }

    @Test
    void parse_featuresOfAnotherVersion_areRejected() throws IOException {
        String text = model(weights(0, 1, 0.9, 0.2)).format("h").replace("features=similarity,", "features=");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> DecisionModel.parse(properties(text)));
        assertEquals(
                "decision model features " + Features.NAMES.subList(1, N) + " do not match the code's "
                        + Features.NAMES,
                e.getMessage());
    }

    @Test
    void weights_candidatesAboveAnswer_areRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> weights(0, 1, 0.5, 0.6));
        assertEquals("candidatesAt 0.6 must not exceed answerAt 0.5", e.getMessage());
    }

    @Test
    void bundled_hasEveryMode() {
        DecisionModel bundled = DecisionModel.bundled();
        for (SearchMode m : SearchMode.values()) {
            DecisionModel.Weights w = bundled.weights(m);
            assertTrue(w.candidatesAt() <= w.answerAt() && w.answerAt() >= 0.5, m + " " + w.answerAt());
        }
    }
}
