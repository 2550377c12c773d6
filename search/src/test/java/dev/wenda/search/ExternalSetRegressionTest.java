package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.search.eval.Calibration;
import dev.wenda.search.eval.EvalMetrics;
import dev.wenda.search.eval.EvalQuery;
import dev.wenda.search.eval.EvalReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality on questions written by others ({@code eval/external/}, 712 questions copied from public
 * interview lists, Q&A pages and chat corpora, labelled against the bank before Wenda saw them):
 * the decision's 10-fold cross-validated figures stay where docs/search.md records them, and the
 * shipped weights are the fit of that set (a feature or ranking change without a refit fails here).
 */
class ExternalSetRegressionTest {
    static final List<String> FILES = List.of("en_mixed.jsonl", "offtopic_chat.jsonl", "zh_dl.jsonl");
    private static Calibration calibration;

    private static List<EvalQuery> read(String resource) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Objects.requireNonNull(ExternalSetRegressionTest.class.getResourceAsStream(resource), resource),
                StandardCharsets.UTF_8))) {
            return new EvalReader().read(in);
        }
    }

    @BeforeAll
    static void calibrate() throws IOException {
        List<EvalQuery> external = new ArrayList<>();
        for (String f : FILES) {
            external.addAll(read("/eval/external/" + f));
        }
        calibration =
                Calibration.run(RealBank.hybrid(), external, read("/eval/dev_queries.jsonl"), 10, 20261205L, 0.97);
    }

    private static Calibration.ModeReport report(SearchMode mode) {
        return calibration.reports().stream()
                .filter(r -> r.mode() == mode)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theSetHasTheSizeAndClassesItsReadmeStates() {
        EvalMetrics m = report(SearchMode.HYBRID).crossValidated();
        assertEquals(221, m.inDomain());
        assertEquals(491, m.outOfDomain());
        assertEquals(90, m.byClass().get("chat").queries());
    }

    @Test
    void hybrid_crossValidated_isPrecisionFirst() {
        EvalMetrics m = report(SearchMode.HYBRID).crossValidated();
        String report = m.toString();
        assertTrue(m.answerPrecision() >= 0.90, report);
        assertTrue(m.offTopicAnswered() <= 0.005, report);
        assertEquals(0, m.byClass().get("chat").answered(), report);
        assertTrue(m.helpful() >= 0.75, report);
        assertTrue(m.top1() >= 0.69, report);
        assertTrue(m.recallAt3() >= 0.85, report);
    }

    @Test
    void everyMode_crossValidated_answersNoOffTopicQuestionOutOfHundred() {
        for (Calibration.ModeReport r : calibration.reports()) {
            assertTrue(r.crossValidated().offTopicAnswered() <= 0.01, r.mode() + " " + r.crossValidated());
        }
    }

    @Test
    void shippedWeights_areTheFitOfTheExternalSet() {
        DecisionModel shipped = DecisionModel.bundled();
        for (Calibration.ModeReport r : calibration.reports()) {
            DecisionModel.Weights fitted = r.fitted();
            DecisionModel.Weights bundled = shipped.weights(r.mode());
            String what = r.mode() + ": refit with the command in docs/search.md \"Decision\"";
            assertEquals(fitted.bias(), bundled.bias(), 0.02, what);
            for (int i = 0; i < fitted.weights().length; i++) {
                assertEquals(fitted.weights()[i], bundled.weights()[i], 0.02, what + " " + Features.NAMES.get(i));
            }
            assertEquals(fitted.answerAt(), bundled.answerAt(), 0.01, what);
            assertEquals(fitted.candidatesAt(), bundled.candidatesAt(), 0.01, what);
        }
    }
}
