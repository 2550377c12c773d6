package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.search.eval.EvalMetrics;
import dev.wenda.search.eval.EvalQuery;
import dev.wenda.search.eval.EvalReader;
import dev.wenda.search.eval.Evaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Quality (not time) on the sets written in this repo stays where it was measured: the dev set,
 * {@code written_queries.jsonl} (48 in-domain, 15 out-of-domain), {@code fresh_queries.jsonl} (41 +
 * 10) and {@code fresh_queries_2.jsonl} (42 + 10). They are in the bank's own words or close to it,
 * so they guard the ranking against regressions; they are not evidence of quality on real questions
 * (that is {@link ExternalSetRegressionTest}). Floors: top-1, recall@3, helpful (a relevant answer,
 * or a relevant entry among the first three candidates), answer precision and off-topic abstained
 * (docs/search.md "Quality").
 */
class DevSetRegressionTest {
    private List<EvalQuery> read(String resource) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream(resource)), StandardCharsets.UTF_8))) {
            return new EvalReader().read(in);
        }
    }

    /** Hybrid metrics on {@code queries}, asserted to reach each floor. */
    private static EvalMetrics assertFloors(
            List<EvalQuery> queries,
            double top1,
            double recallAt3,
            double helpful,
            double precision,
            double oodAbstained) {
        EvalMetrics m = EvalMetrics.of(new Evaluator(RealBank.hybrid()).run(queries, SearchMode.HYBRID));
        String report = m.toString();
        assertTrue(m.top1() >= top1, report);
        assertTrue(m.recallAt3() >= recallAt3, report);
        assertTrue(m.helpful() >= helpful, report);
        assertTrue(m.answerPrecision() >= precision, report);
        assertTrue(m.oodAbstained() >= oodAbstained, report);
        return m;
    }

    @Test
    void hybrid_meetsTheDevSetTargets() throws IOException {
        List<EvalQuery> queries = read("/eval/dev_queries.jsonl");
        EvalMetrics m = assertFloors(queries, 0.95, 0.98, 0.97, 1.0, 1.0);
        EvalMetrics baseline = EvalMetrics.of(new Evaluator(RealBank.hybrid()).run(queries, SearchMode.BASELINE));
        assertTrue(m.top1() - baseline.top1() >= 0.15, "hybrid " + m + " baseline " + baseline);
    }

    @Test
    void hybrid_answersQuestionsWrittenInOtherWords() throws IOException {
        assertFloors(read("/eval/written_queries.jsonl"), 0.90, 0.98, 0.92, 1.0, 1.0);
    }

    @Test
    void hybrid_answersFreshQuestions() throws IOException {
        assertFloors(read("/eval/fresh_queries.jsonl"), 0.90, 0.98, 0.87, 1.0, 1.0);
    }

    @Test
    void hybrid_answersTheLastWrittenQuestions() throws IOException {
        assertFloors(read("/eval/fresh_queries_2.jsonl"), 0.93, 0.98, 0.97, 1.0, 0.9);
    }
}
