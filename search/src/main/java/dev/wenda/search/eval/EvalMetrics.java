package dev.wenda.search.eval;

import java.util.Arrays;
import java.util.List;

/**
 * Quality and latency over an evaluation set. Ranking metrics use in-domain queries only:
 * <ul>
 *   <li>top-1: share whose first ranked entry holds a relevant ref;
 *   <li>recall@3: share with a relevant entry among the first three;
 *   <li>MRR@10: mean of 1/rank of the first relevant entry, 0 beyond rank 10;
 *   <li>answered: share decided {@code answer} (candidates are reported apart, not counted);
 *   <li>answer precision: among in-domain answers, share whose answer is relevant.
 * </ul>
 * OOD abstained: share of out-of-domain queries decided {@code abstain}. Latency is wall time
 * per search, p50 and p99 over all queries, in milliseconds.
 */
public record EvalMetrics(
        int inDomain,
        int outOfDomain,
        double top1,
        double recallAt3,
        double mrrAt10,
        double answered,
        double candidates,
        double answerPrecision,
        double oodAbstained,
        double p50Millis,
        double p99Millis) {

    public static EvalMetrics of(List<EvalResult> results) {
        int in = 0, ood = 0, top1 = 0, r3 = 0, answered = 0, cand = 0, correctAnswers = 0, oodAbstain = 0;
        double mrr = 0;
        for (EvalResult r : results) {
            String decision = r.outcome().decision();
            if (r.query().kind() == EvalQuery.Kind.OUT_OF_DOMAIN) {
                ood++;
                oodAbstain += decision.equals("abstain") ? 1 : 0;
                continue;
            }
            in++;
            int rank = r.firstRelevantRank();
            top1 += rank == 1 ? 1 : 0;
            r3 += rank >= 1 && rank <= 3 ? 1 : 0;
            mrr += rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
            if (decision.equals("answer")) {
                answered++;
                correctAnswers += rank == 1 ? 1 : 0;
            }
            cand += decision.equals("candidates") ? 1 : 0;
        }
        long[] nanos = results.stream().mapToLong(EvalResult::nanos).sorted().toArray();
        return new EvalMetrics(
                in,
                ood,
                share(top1, in),
                share(r3, in),
                in == 0 ? 0 : mrr / in,
                share(answered, in),
                share(cand, in),
                share(correctAnswers, answered),
                share(oodAbstain, ood),
                percentile(nanos, 0.50) / 1e6,
                percentile(nanos, 0.99) / 1e6);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    @Override
    public String toString() {
        return String.format(
                        "top1=%.3f r@3=%.3f mrr@10=%.3f answered=%.3f cand=%.3f prec=%.3f ood-abstain=%.3f p50=%.2fms p99=%.2fms",
                        top1,
                        recallAt3,
                        mrrAt10,
                        answered,
                        candidates,
                        answerPrecision,
                        oodAbstained,
                        p50Millis,
                        p99Millis)
                + Arrays.toString(new int[] {inDomain, outOfDomain});
    }
}
