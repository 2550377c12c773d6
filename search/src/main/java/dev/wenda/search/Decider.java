package dev.wenda.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns an {@link Assessment} into an outcome with a mode's {@link DecisionModel.Weights}. The model
 * scores each of the first ranked entries (the probability that it answers the query); those
 * entries are reordered by it (unless the assessment says not to), and the decision follows the
 * first one. Answer when its confidence
 * reaches {@link DecisionModel.Weights#answerAt}. Below that, a message closer to an everyday-chat
 * exemplar than to any entry's question is chat ({@link SearchOutcome.Silence#CHAT}); otherwise,
 * from {@link DecisionModel.Weights#candidatesAt}, the most probable entries are offered ("did you
 * mean"), marked {@link SearchOutcome.Doubt#ASPECT} when the best one covers the topic but not the
 * aspect asked; otherwise abstain.
 */
final class Decider {
    static final int MAX_CANDIDATES = 4;
    /** "Did you mean" offers the first two scored entries whatever their probability. */
    static final int MIN_CANDIDATES = 2;

    static final int MAX_RELATED = 3;
    /** Candidates are offered down to this share of the best probability. */
    static final double OFFER_SHARE = 0.25;
    /** Related entries of an answer are offered down to this share of its probability. */
    static final double RELATED_SHARE = 0.6;

    private Decider() {}

    static SearchOutcome decide(Assessment assessment, DecisionModel.Weights weights) {
        List<Hit> ranked = assessment.ranked();
        List<String> topics = assessment.topics();
        List<Assessment.Evidence> evidence = assessment.evidence();
        if (evidence.isEmpty()) {
            return new SearchOutcome.Abstain(topics, ranked, Signals.NONE, SearchOutcome.Silence.NOT_COVERED);
        }
        List<Scored> order = scored(assessment, weights);
        List<Hit> reranked = new ArrayList<>(ranked.size());
        for (Scored s : order) {
            Hit h = ranked.get(s.index());
            reranked.add(new Hit(h.entry(), s.p(), h.lexical(), h.similarity()));
        }
        for (Hit h : ranked.subList(evidence.size(), ranked.size())) {
            reranked.add(new Hit(h.entry(), 0, h.lexical(), h.similarity()));
        }
        Scored top = order.getFirst();
        Assessment.Evidence best = evidence.get(top.index());
        Signals signals = Signals.of(top.p(), best);
        if (top.p() >= weights.answerAt()) {
            double relatedFrom = Math.max(weights.candidatesAt(), RELATED_SHARE * top.p());
            List<Hit> related = offered(reranked.subList(1, reranked.size()), relatedFrom, MAX_RELATED);
            return new SearchOutcome.Answer(reranked.getFirst(), related, reranked, signals);
        }
        Features f = best.features();
        double bestSimilarity = f.similarity() - f.similarityGap();
        if (f.chat() > 0 && f.chat() >= bestSimilarity) {
            return new SearchOutcome.Abstain(topics, reranked, signals, SearchOutcome.Silence.CHAT);
        }
        if (top.p() < weights.candidatesAt()) {
            return new SearchOutcome.Abstain(topics, reranked, signals, SearchOutcome.Silence.NOT_COVERED);
        }
        List<Hit> candidates = new ArrayList<>(offered(reranked, 0, MIN_CANDIDATES));
        List<Hit> more = reranked.subList(candidates.size(), reranked.size());
        candidates.addAll(offered(more, OFFER_SHARE * top.p(), MAX_CANDIDATES - candidates.size()));
        SearchOutcome.Doubt doubt = f.aspectCoverage() < 1
                        && f.topicCoverage() >= 0.5
                        && !best.coveredTopics().isEmpty()
                ? SearchOutcome.Doubt.ASPECT
                : SearchOutcome.Doubt.UNSURE;
        return new SearchOutcome.Candidates(candidates, reranked, signals, doubt);
    }

    /** One scored entry: its position in the fused ranking and the model's probability. */
    record Scored(int index, double p) {}

    /**
     * The model's probability for each entry with evidence, in the order the decision uses: by
     * probability, best first (ties by fused rank), unless the assessment must keep its order.
     */
    static List<Scored> scored(Assessment assessment, DecisionModel.Weights weights) {
        List<Assessment.Evidence> evidence = assessment.evidence();
        List<Scored> order = new ArrayList<>(evidence.size());
        for (int i = 0; i < evidence.size(); i++) {
            order.add(new Scored(i, weights.confidence(evidence.get(i).features())));
        }
        if (assessment.reorder()) {
            order.sort(Comparator.comparingDouble(Scored::p).reversed().thenComparingInt(Scored::index));
        }
        return order;
    }

    /** The first hits, at most {@code max}, while their probability is at least {@code from}. */
    private static List<Hit> offered(List<Hit> hits, double from, int max) {
        List<Hit> out = new ArrayList<>();
        for (Hit h : hits) {
            if (out.size() >= max || h.score() < from || h.score() <= 0) {
                break;
            }
            out.add(h);
        }
        return out;
    }
}
