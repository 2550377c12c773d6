package dev.wenda.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the ranking and its {@link Signals} into an outcome. Answer when the decision model's
 * confidence reaches the mode's {@link DecisionModel.Weights#answerAt}. Below that, a message
 * closer to an everyday-chat exemplar than to any entry's question is chat ({@link
 * SearchOutcome.Silence#CHAT}); otherwise, from {@link DecisionModel.Weights#candidatesAt}, the
 * closest entries are offered ("did you mean"), marked {@link SearchOutcome.Doubt#ASPECT} when the
 * top entry covers the topic but not the aspect asked; otherwise abstain.
 */
final class Decider {
    static final int MAX_CANDIDATES = 4;
    static final int MAX_RELATED = 3;

    private Decider() {}

    static SearchOutcome decide(
            List<Hit> ranked, Signals signals, DecisionModel.Weights weights, List<String> topics) {
        if (ranked.isEmpty()) {
            return new SearchOutcome.Abstain(topics, ranked, signals, SearchOutcome.Silence.NOT_COVERED);
        }
        Hit best = ranked.getFirst();
        double confidence = signals.confidence();
        if (confidence >= weights.answerAt()) {
            List<Hit> related = new ArrayList<>();
            for (Hit h : ranked.subList(1, ranked.size())) {
                if (related.size() == MAX_RELATED || h.score() < 0.6 * best.score()) {
                    break;
                }
                related.add(h);
            }
            return new SearchOutcome.Answer(best, related, ranked, signals);
        }
        Features f = signals.features();
        if (f.chat() > 0 && f.chat() >= f.similarity()) {
            return new SearchOutcome.Abstain(topics, ranked, signals, SearchOutcome.Silence.CHAT);
        }
        if (confidence < weights.candidatesAt() || best.score() == 0) {
            return new SearchOutcome.Abstain(topics, ranked, signals, SearchOutcome.Silence.NOT_COVERED);
        }
        List<Hit> candidates = new ArrayList<>();
        for (Hit h : ranked) {
            if (candidates.size() == MAX_CANDIDATES || h.score() <= 0 || (candidates.size() >= 2 && h.score() < 0.5 * best.score())) {
                break;
            }
            candidates.add(h);
        }
        SearchOutcome.Doubt doubt = f.aspectCoverage() < 1 && f.topicCoverage() >= 0.5 && !signals.coveredTopics().isEmpty()
                ? SearchOutcome.Doubt.ASPECT
                : SearchOutcome.Doubt.UNSURE;
        return new SearchOutcome.Candidates(candidates, ranked, signals, doubt);
    }
}
