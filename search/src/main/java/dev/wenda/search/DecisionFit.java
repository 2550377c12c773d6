package dev.wenda.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits a mode's {@link DecisionModel.Weights} on labelled assessments and measures the fit with
 * k-fold cross-validation. The model is an L2-regularized logistic regression (Newton's method on
 * standardized features) for "this ranked entry is relevant", over each query's first {@link
 * Assessment#SCORED} entries; entries of out-of-domain questions are never relevant. The answer
 * threshold is the lowest confidence at which the training questions' answers reach the target
 * precision; the candidate threshold the one that offers the most helpful "did you mean" lists (a
 * relevant entry among the first three) net of lists offered for out-of-domain questions, each of
 * those counted as a quarter of a loss. Samples that only teach the ranking ({@link
 * Sample#calibrates()} false: questions in the bank's own words) join every fit but choose no
 * threshold and are not scored by cross-validation.
 */
public final class DecisionFit {
    /** Ridge penalty on the standardized weights (the bias is not penalized). */
    static final double LAMBDA = 1.0;

    static final int ITERATIONS = 50;
    static final double OFF_TOPIC_CANDIDATES_COST = 0.25;
    /** The answer threshold never goes below this, whatever the training set says. */
    static final double MIN_ANSWER_AT = 0.5;

    /**
     * One labelled query.
     *
     * @param relevant for each entry with evidence, whether it is relevant
     * @param calibrates whether the query chooses the thresholds and is scored (false: it only
     *     teaches the ranking)
     */
    public record Sample(Assessment assessment, boolean inDomain, List<Boolean> relevant, boolean calibrates) {
        public Sample {
            relevant = List.copyOf(relevant);
            if (relevant.size() != assessment.evidence().size()) {
                throw new IllegalArgumentException("one label per entry with evidence");
            }
        }
    }

    private DecisionFit() {}

    /** Weights fitted on {@code samples}, with thresholds for {@code targetPrecision}. */
    public static DecisionModel.Weights fit(List<Sample> samples, double targetPrecision) {
        int n = Features.NAMES.size();
        List<double[]> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (Sample s : samples) {
            for (int i = 0; i < s.relevant().size(); i++) {
                x.add(s.assessment().evidence().get(i).features().vector());
                y.add(s.relevant().get(i) ? 1.0 : 0.0);
            }
        }
        double[] means = new double[n];
        double[] scales = new double[n];
        for (int j = 0; j < n; j++) {
            final int col = j;
            means[j] = x.stream().mapToDouble(r -> r[col]).average().orElse(0);
            double var = x.stream()
                    .mapToDouble(r -> (r[col] - means[col]) * (r[col] - means[col]))
                    .average()
                    .orElse(0);
            scales[j] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        double[][] z = new double[x.size()][n + 1];
        double[] labels = new double[x.size()];
        for (int i = 0; i < z.length; i++) {
            z[i][0] = 1;
            for (int j = 0; j < n; j++) {
                z[i][j + 1] = (x.get(i)[j] - means[j]) / scales[j];
            }
            labels[i] = y.get(i);
        }
        double[] beta = newton(z, labels);
        DecisionModel.Weights unthresholded =
                new DecisionModel.Weights(beta[0], Arrays.copyOfRange(beta, 1, n + 1), means, scales, 1, 0);
        List<Top> tops = samples.stream()
                .filter(Sample::calibrates)
                .map(s -> top(s, unthresholded))
                .toList();
        double answerAt = answerThreshold(tops, targetPrecision);
        double candidatesAt = candidateThreshold(tops, answerAt);
        return unthresholded.withThresholds(answerAt, candidatesAt);
    }

    /**
     * The outcome of every calibrating sample decided by a model fitted without the sample's fold:
     * {@code k} folds, assigned by a seeded shuffle; samples that only teach the ranking join every
     * fold's training. Result {@code i} belongs to the {@code i}-th calibrating sample.
     */
    public static List<SearchOutcome> crossValidate(List<Sample> samples, int k, long seed, double targetPrecision) {
        List<Sample> scored = samples.stream().filter(Sample::calibrates).toList();
        List<Sample> rankingOnly = samples.stream().filter(s -> !s.calibrates()).toList();
        int[] fold = folds(scored.size(), k, seed);
        SearchOutcome[] out = new SearchOutcome[scored.size()];
        for (int f = 0; f < k; f++) {
            List<Sample> train = new ArrayList<>(rankingOnly);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    train.add(scored.get(i));
                }
            }
            DecisionModel.Weights w = fit(train, targetPrecision);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    out[i] = Decider.decide(scored.get(i).assessment(), w);
                }
            }
        }
        return List.of(out);
    }

    /** Fold of each of {@code n} items: a seeded shuffle dealt round-robin into {@code k} folds. */
    static int[] folds(int n, int k, long seed) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        int[] fold = new int[n];
        for (int r = 0; r < n; r++) {
            fold[order.get(r)] = r % k;
        }
        return fold;
    }

    /** A sample as the model sees it: the best entry's probability, and what it would offer. */
    private record Top(double p, boolean right, boolean helpfulList, boolean inDomain) {}

    private static Top top(Sample s, DecisionModel.Weights w) {
        List<Decider.Scored> order = Decider.scored(s.assessment(), w);
        if (order.isEmpty()) {
            return new Top(0, false, false, s.inDomain());
        }
        boolean helpful = false;
        for (Decider.Scored r : order.subList(0, Math.min(3, order.size()))) {
            helpful |= s.relevant().get(r.index());
        }
        Decider.Scored first = order.getFirst();
        return new Top(first.p(), s.relevant().get(first.index()), helpful, s.inDomain());
    }

    private static double answerThreshold(List<Top> tops, double target) {
        List<Top> sorted = new ArrayList<>(tops);
        sorted.sort(Comparator.comparingDouble(Top::p).reversed());
        double threshold = 1;
        int right = 0;
        for (int i = 0; i < sorted.size(); i++) {
            right += sorted.get(i).right() ? 1 : 0;
            boolean tieWithNext = i + 1 < sorted.size()
                    && sorted.get(i + 1).p() == sorted.get(i).p();
            if (!tieWithNext && (double) right / (i + 1) >= target) {
                threshold = sorted.get(i).p();
            }
        }
        return Math.max(MIN_ANSWER_AT, threshold);
    }

    private static double candidateThreshold(List<Top> tops, double answerAt) {
        List<Top> below =
                new ArrayList<>(tops.stream().filter(t -> t.p() < answerAt).toList());
        below.sort(Comparator.comparingDouble(Top::p).reversed());
        double best = 0, total = 0, threshold = answerAt;
        for (int i = 0; i < below.size(); i++) {
            Top t = below.get(i);
            total += !t.inDomain() ? -OFF_TOPIC_CANDIDATES_COST : t.helpfulList() ? 1 : 0;
            boolean tieWithNext = i + 1 < below.size() && below.get(i + 1).p() == t.p();
            if (!tieWithNext && total > best) {
                best = total;
                threshold = t.p();
            }
        }
        return threshold;
    }

    /** Newton's method for the ridge-penalized log-likelihood; column 0 of {@code z} is the bias. */
    static double[] newton(double[][] z, double[] y) {
        int d = z[0].length;
        double[] beta = new double[d];
        for (int it = 0; it < ITERATIONS; it++) {
            double[] grad = new double[d];
            double[][] hess = new double[d][d];
            for (int i = 0; i < z.length; i++) {
                double eta = 0;
                for (int j = 0; j < d; j++) {
                    eta += beta[j] * z[i][j];
                }
                double p = 1 / (1 + Math.exp(-eta));
                double wgt = Math.max(p * (1 - p), 1e-9);
                for (int j = 0; j < d; j++) {
                    grad[j] += (y[i] - p) * z[i][j];
                    for (int l = 0; l < d; l++) {
                        hess[j][l] += wgt * z[i][j] * z[i][l];
                    }
                }
            }
            for (int j = 1; j < d; j++) {
                grad[j] -= LAMBDA * beta[j];
                hess[j][j] += LAMBDA;
            }
            double[] step = solve(hess, grad);
            double size = 0;
            for (int j = 0; j < d; j++) {
                beta[j] += step[j];
                size = Math.max(size, Math.abs(step[j]));
            }
            if (size < 1e-8) {
                break;
            }
        }
        return beta;
    }

    /** Gaussian elimination with partial pivoting; {@code a} is symmetric positive definite here. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double s = m[r][n];
            for (int k = r + 1; k < n; k++) {
                s -= m[r][k] * x[k];
            }
            x[r] = s / m[r][r];
        }
        return x;
    }
}
