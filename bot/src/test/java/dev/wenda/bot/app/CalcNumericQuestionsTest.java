package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.quiz.NumericQuestionSource.Problem;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CalcNumericQuestionsTest {
    private final CalcNumericQuestions source = new CalcNumericQuestions();

    @Test
    @DisplayName("every kind of problem appears, and each worked solution ends in calc's own answer")
    void problems_workingsAgreeWithCalc() {
        SplittableRandom random = new SplittableRandom(1);
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < 400; i++) {
            Problem p = source.next(random, i % 2 == 0).orElseThrow();
            kinds.add(p.id().split(":")[1]);
            String answer = p.answer().toPlainString();
            assertTrue(p.explanation().contains("= " + answer), p.id() + ": " + p.explanation() + " vs " + answer);
            assertTrue(p.answer().signum() > 0, p.id());
        }
        assertEquals(Set.of("rf", "params", "macs", "size"), kinds);
    }

    @Test
    @DisplayName("sizes and receptive fields are exact; params and MACs allow 1%")
    void tolerances() {
        SplittableRandom random = new SplittableRandom(2);
        for (int i = 0; i < 100; i++) {
            Problem p = source.next(random, false).orElseThrow();
            boolean exact = p.id().startsWith("calc:rf:") || p.id().startsWith("calc:size:");
            assertEquals(exact ? "exact" : "±1%", p.toleranceText());
            assertEquals(exact ? BigDecimal.ZERO : p.answer().multiply(new BigDecimal("0.01")), p.tolerance());
        }
    }
}
