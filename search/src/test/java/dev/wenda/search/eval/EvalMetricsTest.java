package dev.wenda.search.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.Signals;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EvalMetricsTest {
    private static Hit hit(int n) {
        QaEntry e = new QaEntry(
                "s-" + n, "问" + n, "答" + n, List.of(new SourceRef("s", n, n)), List.of(), List.of(), List.of());
        return new Hit(e, 1.0 / n, 0, 0);
    }

    private static final List<Hit> RANKED = List.of(hit(1), hit(2), hit(3), hit(4));

    private static EvalResult result(EvalQuery q, SearchOutcome o) {
        return new EvalResult(q, o, Evaluator.firstRelevantRank(o.ranked(), q.relevant()), 1_000_000);
    }

    private static SearchOutcome answer() {
        return new SearchOutcome.Answer(RANKED.getFirst(), List.of(), RANKED, Signals.NONE);
    }

    private static SearchOutcome candidates(int count) {
        return new SearchOutcome.Candidates(RANKED.subList(0, count), RANKED, Signals.NONE, SearchOutcome.Doubt.UNSURE);
    }

    private static SearchOutcome abstain() {
        return new SearchOutcome.Abstain(List.of(), RANKED, Signals.NONE, SearchOutcome.Silence.NOT_COVERED);
    }

    private static EvalQuery in(String ref) {
        return new EvalQuery("q", List.of(ref), EvalQuery.Kind.IN_DOMAIN);
    }

    private static EvalQuery off(String category) {
        return new EvalQuery("q", List.of(), EvalQuery.Kind.OUT_OF_DOMAIN, category);
    }

    @Test
    void precision_countsEveryConfidentAnswerIncludingOffTopicOnes() {
        EvalMetrics m = EvalMetrics.of(List.of(
                result(in("s#1"), answer()), // right
                result(in("s#2"), answer()), // wrong entry
                result(off("chat"), answer()), // off-topic answered
                result(off("other_field"), abstain())));
        assertEquals(1.0 / 3, m.answerPrecision(), 1e-12);
        assertEquals(2, m.wrongAnswers());
        assertEquals(0.5, m.offTopicAnswered(), 1e-12);
        assertEquals(0.5, m.oodAbstained(), 1e-12);
        assertEquals(1.0, m.answered(), 1e-12);
    }

    @Test
    void helpful_isARightAnswerOrARelevantEntryAmongTheFirstThreeCandidates() {
        EvalMetrics m = EvalMetrics.of(List.of(
                result(in("s#1"), answer()), // helpful
                result(in("s#3"), candidates(4)), // third candidate: helpful
                result(in("s#4"), candidates(4)), // fourth candidate: not
                result(in("s#2"), candidates(1)), // not offered
                result(in("s#1"), abstain()))); // abstained
        assertEquals(2.0 / 5, m.helpful(), 1e-12);
        assertEquals(3.0 / 5, m.candidates(), 1e-12);
        assertEquals(0.4, m.top1(), 1e-12);
    }

    @Test
    void byClass_countsDecisionsPerQueryClass() {
        EvalMetrics m = EvalMetrics.of(List.of(
                result(in("s#1"), answer()),
                result(in("s#2"), answer()),
                result(off("chat"), abstain()),
                result(off("chat"), candidates(2))));
        assertEquals(
                Map.of(
                        "in_domain", new EvalMetrics.ClassCounts(2, 2, 1, 0, 0),
                        "chat", new EvalMetrics.ClassCounts(2, 0, 0, 1, 1)),
                m.byClass());
    }
}
