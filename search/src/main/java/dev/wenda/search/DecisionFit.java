package dev.wenda.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fits a mode's {@link DecisionModel.Weights} on labelled searches and measures the fit with k-fold
 * cross-validation. The model is an L2-regularized logistic regression (Newton's method on
 * standardized features) for "the top-ranked entry is relevant"; out-of-domain questions are never
 * right. The answer threshold is the lowest confidence at which the training questions' answers
 * reach the target precision; the candidate threshold the one that offers the most helpful "did
 * you mean" lists (a relevant entry among the first three) net of lists offered for out-of-domain
 * questions, each of those counted as half a loss.
 */
public final class DecisionFit {
    /** Ridge penalty on the standardized weights (the bias is not penalized). */
    static final double LAMBDA = 1.0;

    static final int ITERATIONS = 50;
    static final double OFF_TOPIC_CANDIDATES_COST = 0.5;
    /** The answer threshold never goes below this, whatever the training set says. */
    static final double MIN_ANSWER_AT = 0.5;

    /**
     * One labelled search.
     *
     * @param outcome the search outcome (its ranking and signals; the decision is made anew)
     * @param topRight whether the first ranked entry is relevant
     * @param rankOfRelevant 1-based rank of the first relevant entry, 0 when none or off-topic
     */
    public record Sample(SearchOutcome outcome, boolean inDomain, boolean topRight, int rankOfRelevant) {}

    private DecisionFit() {}

    /** Weights fitted on {@code samples}, with thresholds for {@code targetPrecision}. */
    public static DecisionModel.Weights fit(List<Sample> samples, double targetPrecision) {
        int n = Features.NAMES.size();
        double[][] x = new double[samples.size()][];
        for (int i = 0; i < x.length; i++) {
            x[i] = samples.get(i).outcome().signals().features().vector();
        }
        double[] means = new double[n];
        double[] scales = new double[n];
        for (int j = 0; j < n; j++) {
            final int col = j;
            means[j] = Arrays.stream(x).mapToDouble(r -> r[col]).average().orElse(0);
            double var = Arrays.stream(x)
                    .mapToDouble(r -> (r[col] - means[col]) * (r[col] - means[col]))
                    .average()
                    .orElse(0);
            scales[j] = var > 1e-12 ? Math.sqrt(var) : 1;
        }
        double[][] z = new double[x.length][n + 1];
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            z[i][0] = 1;
            for (int j = 0; j < n; j++) {
                z[i][j + 1] = (x[i][j] - means[j]) / scales[j];
            }
            y[i] = samples.get(i).topRight() ? 1 : 0;
        }
        double[] beta = newton(z, y);
        DecisionModel.Weights unthresholded =
                new DecisionModel.Weights(beta[0], Arrays.copyOfRange(beta, 1, n + 1), means, scales, 1, 0);
        double answerAt = answerThreshold(samples, unthresholded, targetPrecision);
        double candidatesAt = candidateThreshold(samples, unthresholded.withThresholds(answerAt, 0), answerAt);
        return unthresholded.withThresholds(answerAt, candidatesAt);
    }

    /**
     * The outcome of every sample decided by a model fitted without the sample's fold: {@code k}
     * folds, assigned by a seeded shuffle; result {@code i} belongs to sample {@code i}.
     */
    public static List<SearchOutcome> crossValidate(
            List<Sample> samples, int k, long seed, double targetPrecision, List<String> topics) {
        int[] fold = new int[samples.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < fold.length; i++) {
            order.add(i);
        }
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Integer t = order.get(i);
            order.set(i, order.get(j));
            order.set(j, t);
        }
        for (int r = 0; r < order.size(); r++) {
            fold[order.get(r)] = r % k;
        }
        SearchOutcome[] out = new SearchOutcome[samples.size()];
        for (int f = 0; f < k; f++) {
            List<Sample> train = new ArrayList<>();
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] != f) {
                    train.add(samples.get(i));
                }
            }
            DecisionModel.Weights w = fit(train, targetPrecision);
            for (int i = 0; i < fold.length; i++) {
                if (fold[i] == f) {
                    out[i] = decide(samples.get(i).outcome(), w, topics);
                }
            }
        }
        return List.of(out);
    }

    /** {@code outcome}'s ranking and evidence decided by {@code weights}. */
    public static SearchOutcome decide(SearchOutcome outcome, DecisionModel.Weights weights, List<String> topics) {
        Signals s = outcome.signals();
        return Decider.decide(outcome.ranked(), s.withConfidence(weights.confidence(s.features())), weights, topics);
    }

    private static double answerThreshold(List<Sample> samples, DecisionModel.Weights w, double target) {
        List<double[]> scored = new ArrayList<>(); // {confidence, right}
        for (Sample s : samples) {
            scored.add(new double[] {w.confidence(s.outcome().signals().features()), s.topRight() ? 1 : 0});
        }
        scored.sort(Comparator.comparingDouble((double[] a) -> a[0]).reversed());
        double threshold = 1;
        int right = 0;
        for (int i = 0; i < scored.size(); i++) {
            right += (int) scored.get(i)[1];
            boolean tieWithNext = i + 1 < scored.size() && scored.get(i + 1)[0] == scored.get(i)[0];
            if (!tieWithNext && (double) right / (i + 1) >= target) {
                threshold = scored.get(i)[0];
            }
        }
        return Math.max(MIN_ANSWER_AT, threshold);
    }

    private static double candidateThreshold(List<Sample> samples, DecisionModel.Weights w, double answerAt) {
        List<double[]> scored = new ArrayList<>(); // {confidence, gain}
        for (Sample s : samples) {
            double p = w.confidence(s.outcome().signals().features());
            if (p >= answerAt) {
                continue;
            }
            double gain = !s.inDomain()
                    ? -OFF_TOPIC_CANDIDATES_COST
                    : s.rankOfRelevant() >= 1 && s.rankOfRelevant() <= 3 ? 1 : 0;
            scored.add(new double[] {p, gain});
        }
        scored.sort(Comparator.comparingDouble((double[] a) -> a[0]).reversed());
        double best = 0, total = 0, threshold = answerAt;
        for (int i = 0; i < scored.size(); i++) {
            total += scored.get(i)[1];
            boolean tieWithNext = i + 1 < scored.size() && scored.get(i + 1)[0] == scored.get(i)[0];
            if (!tieWithNext && total > best) {
                best = total;
                threshold = scored.get(i)[0];
            }
        }
        return Math.min(threshold, answerAt);
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
