package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Garbage in: a one-line message out, never an exception. */
class CalcFuzzTest {
    private final Calc calc = new Calc();
    private final NumericQuestions questions = new NumericQuestions(calc);

    @Provide
    Arbitrary<String> tokenSoup() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(
                        "rf", "conv", "compare", "net", "--input", "--json", "vgg16", "\"", ",", "-", "x", "gap"),
                Arbitraries.strings().withChars("0123456789xXsSpPdDgG*,-/ ").ofMaxLength(12),
                Arbitraries.longs().between(-5, 99_999_999_999L).map(Object::toString),
                Arbitraries.strings().ofMaxLength(8));
        return token.list().ofMaxSize(8).map(l -> String.join(" ", l));
    }

    @Property(tries = 1000)
    void run_neverThrows_andErrorsAreOneLine(@ForAll("tokenSoup") String expression) {
        Calc.Outcome outcome = calc.run(expression);
        if (outcome instanceof Calc.Outcome.Failed f) {
            assertFalse(f.message().isBlank());
            assertFalse(f.message().contains("\n"), f.message());
        }
    }

    @Property(tries = 500)
    void answer_neverThrows(@ForAll("tokenSoup") String question) {
        questions.answer(question + " 感受野是多少", Locale.SIMPLIFIED_CHINESE);
        questions.answer("params of " + question, Locale.ENGLISH);
        questions.calc(question, Locale.ENGLISH);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rf | no layers given",
                "frobnicate 3x3 | unknown calc command 'frobnicate' (known: rf, conv, compare, net, help)",
                "rf 3x3 --input | --input needs a size, e.g. --input 224 or --input 24x24x3",
                "rf 3x3 --color | unknown option --color (known: --input, --json)",
                "rf 3x3 --png out.png | --png works only on the command line (`wenda calc`)",
                "conv 3x3x128 | conv needs an input and at least one layer, e.g. `conv 24x24x3 3x3x128`",
                "conv 3x3 3x3x128 | conv needs the input first as H x W x C, e.g. `conv 24x24x3 3x3x128`",
                "conv 24x24x3 3x3 | layer 1 (conv3x3 p1): output channels missing (write e.g. 3x3x128)",
                "conv 24x24x30 3x3x64g4 | layer 1 (conv3x3 p1 g4 →64): input channels 30 are not divisible by groups 4",
                "conv 24x24x3 fc10 3x3x8 | layer 2 (conv3x3 p1 →8): comes after a fully connected or global pooling layer",
                "compare --input 24x24x3 3x3x8 | compare needs at least two stacks, e.g. \"3x3x128\" \"1x1x64,3x3x128\"",
                "compare --input 24x24x3 3x3x8 \"3x3x8,fc10,3x3x8\" | stack 2 \"3x3x8,fc10,3x3x8\": layer 3 (conv3x3 p1 →8): comes after a fully connected or global pooling layer",
                "net | net needs one network name (known: vgg16, alexnet, resnet18, resnet50, mobilenet_v1, mobilenet_v2)",
                "net lenet | unknown network \"lenet\" (known: vgg16, alexnet, resnet18, resnet50, mobilenet_v1, mobilenet_v2)",
                "rf 3x3 \"3x3 | unclosed quote \" in the expression",
            })
    @DisplayName("each mistake gets a one-line message naming the bad part")
    void run_mistakes(String expression, String message) {
        assertEquals(new Calc.Outcome.Failed(message), calc.run(expression));
    }

    @Test
    @DisplayName("10,000 layers in one expression are computed; longer expressions are refused before parsing")
    void run_hugeExpressions() {
        String tenThousand = "rf " + String.join(" ", java.util.Collections.nCopies(10_000, "3x3"));
        Calc.Outcome outcome = calc.run(tenThousand);
        assertTrue(outcome instanceof Calc.Outcome.Computed c
                && ((CalcReport.Rf) c.report()).analysis().receptiveField().getAsLong() == 20_001);
        String tooLong = "rf " + "3x3 ".repeat(60_000);
        assertEquals(
                new Calc.Outcome.Failed("expression too long (240,003 characters, at most 200,000)"),
                calc.run(tooLong));
        assertEquals(List.of("rf", "3x3 3x3", "a"), CalcExpression.tokenize("rf \"3x3 3x3\" a"));
    }
}
