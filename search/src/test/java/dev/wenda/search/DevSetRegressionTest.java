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

/** Quality (not time) on the dev set stays at the targets. */
class DevSetRegressionTest {
    @Test
    void hybrid_meetsTheDevSetTargets() throws IOException {
        List<EvalQuery> queries;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(getClass().getResourceAsStream("/eval/dev_queries.jsonl")),
                StandardCharsets.UTF_8))) {
            queries = new EvalReader().read(in);
        }
        EvalMetrics m = EvalMetrics.of(new Evaluator(RealBank.hybrid()).run(queries, SearchMode.HYBRID));
        String report = m.toString();
        assertTrue(m.top1() >= 0.92, report);
        assertTrue(m.recallAt3() >= 0.98, report);
        assertTrue(m.answered() >= 0.95, report);
        assertTrue(m.oodAbstained() >= 0.90, report);
        EvalMetrics baseline = EvalMetrics.of(new Evaluator(RealBank.hybrid()).run(queries, SearchMode.BASELINE));
        assertTrue(m.top1() - baseline.top1() >= 0.15, "hybrid " + report + " baseline " + baseline);
    }
}
