package dev.wenda.bot.calc;

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
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (int i = 0; i < layers; i++) {
            long k = 3 + 2L * rng.nextInt(2);
            long s = 1 + rng.nextInt(2);
            long d = rng.nextInt(4) == 0 ? 2 : 1;
            tokens.add(k + "x" + k + (s > 1 ? "s" + s : "") + (d > 1 ? "d" + d : ""));
            zh.add(k + "x" + k + " 卷积（步长 " + s + (d > 1 ? "，空洞率 " + d : "") + "）");
            en.add(k + "x" + k + " conv (stride " + s + (d > 1 ? ", dilation " + d : "") + ")");
        }
        String expression = "rf " + String.join(" ", tokens);
        StackAnalysis a = analyse(expression);
        long rf = a.receptiveField().orElseThrow();
        String working = ReportParts.expansion(a).orElseThrow();
        return new NumericQuestion(
                NumericQuestion.Kind.RECEPTIVE_FIELD,
                "依次堆叠 " + String.join("、", zh) + "，最后一层一个输出位置的感受野（边长）是多少？",
                "Stacking " + String.join(", ", en)
                        + ": what is the receptive field (side length) of one output position?",
                rf,
                0,
                "r_l = r_(l−1) + (k−1)·d·j_(l−1)：" + working,
                "r_l = r_(l−1) + (k−1)·d·j_(l−1): " + working,
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
                "一个 " + k + "x" + k + " 卷积，输入 " + cin + " 通道、输出 " + cout + " 通道，" + (bias ? "带" : "不带") + "偏置，有多少个参数？",
                "A " + k + "x" + k + " conv from " + cin + " to " + cout + " channels, " + (bias ? "with" : "without")
                        + " bias: how many parameters?",
                a.params().orElseThrow().longValueExact(),
                0,
                formula,
                formula,
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
                "输入 " + size + "x" + size + "x" + cin + "，做一个 " + k + "x" + k + " 卷积（步长 1，保持尺寸的 padding）输出 " + cout
                        + " 通道，需要多少次乘加（MACs）？允许 1% 误差。",
                "Input " + size + "x" + size + "x" + cin + ", one " + k + "x" + k
                        + " conv (stride 1, size-keeping padding) to " + cout
                        + " channels: how many multiply-accumulates (MACs)? Within 1% counts.",
                macs,
                macs / 100,
                formula + "（FLOPs = 2 × MACs）",
                formula + " (FLOPs = 2 × MACs)",
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
                "输入 " + in + "x" + in + "，" + k + "x" + k + " 卷积，步长 " + s + "，padding " + p + "，输出边长是多少？",
                "Input " + in + "x" + in + ", a " + k + "x" + k + " conv with stride " + s + " and padding " + p
                        + ": what is the output side length?",
                out,
                0,
                "out = " + working,
                "out = " + working,
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
