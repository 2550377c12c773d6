package dev.wenda.search.eval;

import dev.wenda.search.SearchOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Quality and latency over an evaluation set. Ranking metrics use in-domain queries only:
 * <ul>
 *   <li>top-1: share whose first ranked entry holds a relevant ref;
 *   <li>recall@3: share with a relevant entry among the first three;
 *   <li>MRR@10: mean of 1/rank of the first relevant entry, 0 beyond rank 10;
 *   <li>answered: share decided {@code answer};
 *   <li>candidates: share decided {@code candidates};
 *   <li>helpful: share answered with a relevant entry, or offered a relevant entry among the first
 *       three candidates.
 * </ul>
 * Over every query: answer precision, the share of confident answers (in-domain or not) whose
 * entry is relevant; off-topic answered, the share of out-of-domain queries given a confident
 * answer; OOD abstained, the share of them decided {@code abstain}. Latency is wall time per
 * search, p50 and p99 over all queries, in milliseconds. {@code byClass} counts decisions per
 * query class.
 */
public record EvalMetrics(
        int inDomain,
        int outOfDomain,
        double top1,
        double recallAt3,
        double mrrAt10,
        double answered,
        double candidates,
        double helpful,
        double answerPrecision,
        int wrongAnswers,
        double offTopicAnswered,
        double oodAbstained,
        double p50Millis,
        double p99Millis,
        Map<String, ClassCounts> byClass) {

    /**
     * Decisions for one class of queries.
     *
     * @param right answers whose entry is relevant (always 0 for out-of-domain classes)
     */
    public record ClassCounts(int queries, int answered, int right, int candidates, int abstained) {
        ClassCounts plus(String decision, boolean correct) {
            return new ClassCounts(
                    queries + 1,
                    answered + (decision.equals("answer") ? 1 : 0),
                    right + (decision.equals("answer") && correct ? 1 : 0),
                    candidates + (decision.equals("candidates") ? 1 : 0),
                    abstained + (decision.equals("abstain") ? 1 : 0));
        }
    }

    public EvalMetrics {
        byClass = Map.copyOf(byClass);
    }

    public static EvalMetrics of(List<EvalResult> results) {
        int in = 0, ood = 0, top1 = 0, r3 = 0, answered = 0, cand = 0, helpful = 0;
        int allAnswers = 0, rightAnswers = 0, oodAnswered = 0, oodAbstain = 0;
        double mrr = 0;
        Map<String, ClassCounts> byClass = new TreeMap<>();
        for (EvalResult r : results) {
            String decision = r.outcome().decision();
            int rank = r.firstRelevantRank();
            boolean inDomain = r.query().kind() == EvalQuery.Kind.IN_DOMAIN;
            boolean right = inDomain && rank == 1;
            byClass.merge(
                    r.query().category(),
                    new ClassCounts(0, 0, 0, 0, 0).plus(decision, right),
                    (a, b) -> a.plus(decision, right));
            if (decision.equals("answer")) {
                allAnswers++;
                rightAnswers += right ? 1 : 0;
            }
            if (!inDomain) {
                ood++;
                oodAnswered += decision.equals("answer") ? 1 : 0;
                oodAbstain += decision.equals("abstain") ? 1 : 0;
                continue;
            }
            in++;
            top1 += rank == 1 ? 1 : 0;
            r3 += rank >= 1 && rank <= 3 ? 1 : 0;
            mrr += rank >= 1 && rank <= 10 ? 1.0 / rank : 0;
            answered += decision.equals("answer") ? 1 : 0;
            cand += decision.equals("candidates") ? 1 : 0;
            helpful += helpful(r) ? 1 : 0;
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
                share(helpful, in),
                share(rightAnswers, allAnswers),
                allAnswers - rightAnswers,
                share(oodAnswered, ood),
                share(oodAbstain, ood),
                percentile(nanos, 0.50) / 1e6,
                percentile(nanos, 0.99) / 1e6,
                byClass);
    }

    /** A relevant answer, or a relevant entry among the first three candidates. */
    static boolean helpful(EvalResult r) {
        return switch (r.outcome()) {
            case SearchOutcome.Answer a -> r.firstRelevantRank() == 1;
            case SearchOutcome.Candidates c ->
                Evaluator.firstRelevantRank(
                                c.candidates()
                                        .subList(0, Math.min(3, c.candidates().size())),
                                r.query().relevant())
                        > 0;
            case SearchOutcome.Abstain a -> false;
        };
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
                        "top1=%.3f r@3=%.3f mrr@10=%.3f answered=%.3f cand=%.3f helpful=%.3f prec=%.3f"
                                + " wrong=%d ood-answered=%.3f ood-abstain=%.3f p50=%.2fms p99=%.2fms",
                        top1,
                        recallAt3,
                        mrrAt10,
                        answered,
                        candidates,
                        helpful,
                        answerPrecision,
                        wrongAnswers,
                        offTopicAnswered,
                        oodAbstained,
                        p50Millis,
                        p99Millis)
                + Arrays.toString(new int[] {inDomain, outOfDomain})
                + " "
                + byClass;
    }
}
