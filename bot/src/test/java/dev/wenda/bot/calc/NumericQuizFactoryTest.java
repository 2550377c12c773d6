package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NumericQuizFactoryTest {
    private final NumericQuizFactory factory = new NumericQuizFactory(new Calc());

    private List<NumericQuestion> questions(long seed, int n) {
        RandomGenerator rng = new SplittableRandom(seed);
        List<NumericQuestion> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(factory.next(rng));
        }
        return out;
    }

    @Test
    @DisplayName("the same seed gives the same questions; another seed gives others")
    void next_isDeterministicForASeed() {
        assertEquals(questions(42, 20), questions(42, 20));
        assertFalse(questions(42, 20).equals(questions(43, 20)));
    }

    @Test
    @DisplayName("every kind of question appears, and each answer agrees with its /calc expression")
    void next_answersMatchTheirExpressions() {
        Calc calc = new Calc();
        List<NumericQuestion> all = questions(7, 200);
        for (NumericQuestion.Kind kind : NumericQuestion.Kind.values()) {
            assertTrue(all.stream().anyMatch(q -> q.kind() == kind), kind.toString());
        }
        for (NumericQuestion q : all) {
            Calc.Outcome.Computed c = (Calc.Outcome.Computed) calc.run(q.expression());
            StackAnalysis a =
                    switch (c.report()) {
                        case CalcReport.Rf r -> r.analysis();
                        case CalcReport.Count r -> r.analysis();
                        default -> throw new AssertionError(q.expression());
                    };
            long expected =
                    switch (q.kind()) {
                        case RECEPTIVE_FIELD -> a.receptiveField().getAsLong();
                        case PARAMS -> a.params().orElseThrow().longValueExact();
                        case MACS -> a.macs().orElseThrow().longValueExact();
                        case OUTPUT_SIZE -> a.output().height().getAsLong();
                    };
            assertEquals(expected, q.answer(), q.prompt().in(Messages.ZH));
        }
    }

    @Test
    @DisplayName("an output-size question is worked out with the floor formula, exactly")
    void outputSize_workedExactly() {
        NumericQuestion q = questions(1, 200).stream()
                .filter(x -> x.kind() == NumericQuestion.Kind.OUTPUT_SIZE)
                .findFirst()
                .orElseThrow();
        // Recompute from the prompt's own numbers: "Input N×N, a K×K conv with stride S and padding P".
        String[] words =
                q.prompt().in(Messages.EN).replace(",", "").replace(":", "").split(" ");
        long in = Long.parseLong(words[1].split("x")[0]);
        long k = Long.parseLong(words[3].split("x")[0]);
        long s = Long.parseLong(words[7]);
        long p = Long.parseLong(words[10]);
        assertEquals((in + 2 * p - k) / s + 1, q.answer(), q.prompt().in(Messages.EN));
        assertEquals(0, q.tolerance());
    }

    @Test
    @DisplayName("MACs questions accept answers within 1 %, others only the exact value")
    void tolerance() {
        for (NumericQuestion q : questions(3, 100)) {
            if (q.kind() == NumericQuestion.Kind.MACS) {
                assertEquals(q.answer() / 100, q.tolerance());
                assertTrue(q.accepts(q.answer() + q.tolerance()));
                assertFalse(q.accepts(q.answer() + q.tolerance() + 1));
            } else {
                assertEquals(0, q.tolerance());
                assertFalse(q.accepts(q.answer() + 1));
            }
        }
    }
}
