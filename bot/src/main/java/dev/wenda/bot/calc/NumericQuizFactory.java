package dev.wenda.bot.calc;

import dev.wenda.bot.chat.Phrase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Random numeric quiz questions: the receptive field of a small stack, the params or MACs of a
 * conv, an output size. All randomness comes from the given generator, so a seed repeats the
 * questions. Answers are computed by the same analyzer as {@code /calc}.
 */
public final class NumericQuizFactory {
    private static final long[] KERNELS = {1, 3, 5, 7};
    private static final long[] CHANNELS = {16, 32, 64, 128, 256};
    private static final long[] SIZES = {7, 14, 28, 56, 112};

    private final Calc calc;

    public NumericQuizFactory(Calc calc) {
        this.calc = Objects.requireNonNull(calc, "calc");
    }

    public NumericQuestion next(RandomGenerator rng) {
        return switch (rng.nextInt(4)) {
            case 0 -> receptiveField(rng);
            case 1 -> params(rng);
            case 2 -> macs(rng);
            default -> outputSize(rng);
        };
    }

    private NumericQuestion receptiveField(RandomGenerator rng) {
        int layers = 2 + rng.nextInt(3);
        List<String> tokens = new ArrayList<>();
        List<Phrase> described = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            long k = 3 + 2L * rng.nextInt(2);
            long s = 1 + rng.nextInt(2);
            long d = rng.nextInt(4) == 0 ? 2 : 1;
            tokens.add(k + "x" + k + (s > 1 ? "s" + s : "") + (d > 1 ? "d" + d : ""));
            described.add(d > 1 ? Phrase.of("calc.quiz.layerDilated", k, s, d) : Phrase.of("calc.quiz.layer", k, s));
        }
        String expression = "rf " + String.join(" ", tokens);
        StackAnalysis a = analyse(expression);
        long rf = a.receptiveField().orElseThrow();
        String working = ReportParts.expansion(a).orElseThrow();
        return new NumericQuestion(
                NumericQuestion.Kind.RECEPTIVE_FIELD,
                Phrase.of("calc.quiz.rf", described),
                rf,
                0,
                Phrase.of("calc.quiz.rfWorking", working),
                expression);
    }

    private NumericQuestion params(RandomGenerator rng) {
        long k = pick(rng, KERNELS);
        long cin = pick(rng, CHANNELS);
        long cout = pick(rng, CHANNELS);
        boolean bias = rng.nextBoolean();
        String expression = "conv c" + cin + " " + k + "x" + k + "x" + cout + (bias ? "" : "nobias");
        StackAnalysis a = analyse(expression);
        String formula = a.layers().get(0).formula();
        return new NumericQuestion(
                NumericQuestion.Kind.PARAMS,
                Phrase.of(bias ? "calc.quiz.paramsBias" : "calc.quiz.paramsNoBias", k, cin, cout),
                a.params().orElseThrow().longValueExact(),
                0,
                Phrase.of("calc.quiz.formula", formula),
                expression);
    }

    private NumericQuestion macs(RandomGenerator rng) {
        long k = pick(rng, KERNELS);
        long cin = pick(rng, CHANNELS);
        long cout = pick(rng, CHANNELS);
        long size = pick(rng, SIZES);
        String expression = "conv " + size + "x" + size + "x" + cin + " " + k + "x" + k + "x" + cout;
        StackAnalysis a = analyse(expression);
        long macs = a.macs().orElseThrow().longValueExact();
        String formula = a.layers().get(0).formula().replaceFirst("^.*; ", "");
        return new NumericQuestion(
                NumericQuestion.Kind.MACS,
                Phrase.of("calc.quiz.macs", size, cin, k, cout),
                macs,
                macs / 100,
                Phrase.of("calc.quiz.macsWorking", formula),
                expression);
    }

    private NumericQuestion outputSize(RandomGenerator rng) {
        long in = 28 + rng.nextInt(200);
        long k = pick(rng, KERNELS);
        long s = 1 + rng.nextInt(2);
        long p = rng.nextInt((int) (k / 2) + 1);
        String expression = "rf " + k + "x" + k + "s" + s + "p" + p + " --input " + in;
        StackAnalysis a = analyse(expression);
        long out = a.output().height().orElseThrow();
        String working = "floor((" + in + " + 2·" + p + " − " + k + ") / " + s + ") + 1 = " + out;
        return new NumericQuestion(
                NumericQuestion.Kind.OUTPUT_SIZE,
                Phrase.of("calc.quiz.output", in, k, s, p),
                out,
                0,
                Phrase.of("calc.quiz.outputWorking", working),
                expression);
    }

    private StackAnalysis analyse(String expression) {
        return switch (calc.run(expression)) {
            case Calc.Outcome.Computed c ->
                switch (c.report()) {
                    case CalcReport.Rf r -> r.analysis();
                    case CalcReport.Count r -> r.analysis();
                    default -> throw new IllegalStateException("unexpected report for " + expression);
                };
            default -> throw new IllegalStateException("generated an invalid expression: " + expression);
        };
    }

    private static long pick(RandomGenerator rng, long[] values) {
        return values[rng.nextInt(values.length)];
    }
}
