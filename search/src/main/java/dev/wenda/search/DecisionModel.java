package dev.wenda.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The answer decision: a logistic regression over {@link Features}, one per search mode, giving
 * the probability that the top-ranked entry answers the query, with the confidences from which to
 * answer and to offer candidates. Fitted offline on labelled questions written by others ({@code
 * wenda calibrate}, see docs/search.md) and shipped as {@value #RESOURCE}; features are
 * standardized with the fit's means and scales before the weights apply.
 */
public final class DecisionModel {
    static final String RESOURCE = "decision.properties";

    /**
     * One mode's fitted model.
     *
     * @param answerAt the confidence from which the top entry is given as the answer
     * @param candidatesAt the confidence from which a few entries are offered ("did you mean")
     */
    public record Weights(
            double bias, double[] weights, double[] means, double[] scales, double answerAt, double candidatesAt) {
        public Weights {
            int n = Features.NAMES.size();
            if (weights.length != n || means.length != n || scales.length != n) {
                throw new IllegalArgumentException("weights, means and scales need " + n + " values each");
            }
            if (!(candidatesAt <= answerAt)) {
                throw new IllegalArgumentException(
                        "candidatesAt " + candidatesAt + " must not exceed answerAt " + answerAt);
            }
            weights = weights.clone();
            means = means.clone();
            scales = scales.clone();
        }

        /** σ(bias + Σ wᵢ·(xᵢ − meanᵢ)/scaleᵢ). */
        public double confidence(Features f) {
            double[] x = f.vector();
            double z = bias;
            for (int i = 0; i < x.length; i++) {
                z += weights[i] * (x[i] - means[i]) / scales[i];
            }
            return 1 / (1 + Math.exp(-z));
        }

        public Weights withThresholds(double answer, double candidates) {
            return new Weights(bias, weights, means, scales, answer, candidates);
        }
    }

    private final Map<SearchMode, Weights> byMode;

    public DecisionModel(Map<SearchMode, Weights> byMode) {
        this.byMode = new EnumMap<>(byMode);
        for (SearchMode m : SearchMode.values()) {
            if (!this.byMode.containsKey(m)) {
                throw new IllegalArgumentException("decision model has no weights for mode " + m);
            }
        }
    }

    public Weights weights(SearchMode mode) {
        return byMode.get(mode);
    }

    /** The shipped model; fails loudly when the resource is missing or incomplete. */
    public static DecisionModel bundled() {
        try (InputStream in = DecisionModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return parse(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecisionModel parse(Properties p) {
        List<String> names = Arrays.asList(require(p, "features").split(","));
        if (!names.equals(Features.NAMES)) {
            throw new IllegalArgumentException(
                    "decision model features " + names + " do not match the code's " + Features.NAMES);
        }
        Map<SearchMode, Weights> byMode = new EnumMap<>(SearchMode.class);
        for (SearchMode m : SearchMode.values()) {
            String k = key(m);
            byMode.put(
                    m,
                    new Weights(
                            Double.parseDouble(require(p, k + ".bias")),
                            numbers(require(p, k + ".weights")),
                            numbers(require(p, k + ".means")),
                            numbers(require(p, k + ".scales")),
                            Double.parseDouble(require(p, k + ".answerAt")),
                            Double.parseDouble(require(p, k + ".candidatesAt"))));
        }
        return new DecisionModel(byMode);
    }

    /** The properties text of this model (what {@code wenda calibrate} writes). */
    public String format(String header) {
        StringBuilder out = new StringBuilder();
        header.lines().forEach(l -> out.append("# ").append(l).append('\n'));
        out.append("features=").append(String.join(",", Features.NAMES)).append('\n');
        for (SearchMode m : SearchMode.values()) {
            Weights w = byMode.get(m);
            String k = key(m);
            out.append('\n');
            out.append(k).append(".bias=").append(number(w.bias())).append('\n');
            out.append(k).append(".weights=").append(numbers(w.weights())).append('\n');
            out.append(k).append(".means=").append(numbers(w.means())).append('\n');
            out.append(k).append(".scales=").append(numbers(w.scales())).append('\n');
            out.append(k).append(".answerAt=").append(number(w.answerAt())).append('\n');
            out.append(k)
                    .append(".candidatesAt=")
                    .append(number(w.candidatesAt()))
                    .append('\n');
        }
        return out.toString();
    }

    static String key(SearchMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    private static String require(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null || v.isBlank()) {
            throw new IllegalArgumentException("decision model has no " + key);
        }
        return v.strip();
    }

    private static double[] numbers(String csv) {
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .mapToDouble(Double::parseDouble)
                .toArray();
    }

    private static String numbers(double[] values) {
        return String.join(
                ",", Arrays.stream(values).mapToObj(DecisionModel::number).toList());
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
