package dev.wenda.bot.app;

import dev.wenda.bot.calc.Analysis;
import dev.wenda.bot.calc.Analyzer;
import dev.wenda.bot.calc.Layer;
import dev.wenda.bot.calc.Padding;
import dev.wenda.bot.calc.Shape;
import dev.wenda.bot.quiz.NumericQuestionSource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * Numeric quiz questions with random parameters, answered by calc's {@link Analyzer}: the receptive
 * field of a conv stack, a conv's params, its MACs, and an output size. Sizes and receptive fields
 * must be exact; params and MACs are accepted within 1%.
 */
final class CalcNumericQuestions implements NumericQuestionSource {
    private static final long[] KERNELS = {1, 3, 3, 3, 5, 7};
    private static final long[] CHANNELS = {3, 16, 32, 64, 128, 256};
    private static final long[] SIZES = {28, 32, 56, 64, 112, 224};
    private static final BigDecimal ONE_PERCENT = new BigDecimal("0.01");

    private final Analyzer analyzer = new Analyzer();

    @Override
    public Optional<Problem> next(RandomGenerator random, boolean zh) {
        return Optional.of(
                switch (random.nextInt(4)) {
                    case 0 -> receptiveField(random, zh);
                    case 1 -> params(random, zh);
                    case 2 -> macs(random, zh);
                    default -> outputSize(random, zh);
                });
    }

    private Problem receptiveField(RandomGenerator random, boolean zh) {
        int depth = random.nextInt(2, 5);
        List<Layer> layers = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        StringBuilder sum = new StringBuilder("1");
        long rf = 1;
        long jump = 1;
        for (int i = 0; i < depth; i++) {
            long k = pick(KERNELS, random);
            long s = random.nextInt(1, 3);
            layers.add(conv(k, s, k / 2, OptionalLong.empty(), OptionalLong.empty(), false));
            parts.add(k + "×" + k + "/s" + s);
            sum.append(" + ").append(k - 1).append("·").append(jump);
            rf += (k - 1) * jump;
            jump *= s;
        }
        long answer = analyzer.analyze(layers, Shape.unknown()).receptiveField().orElseThrow();
        String stack = String.join(" → ", parts);
        return new Problem(
                "calc:rf:" + String.join(",", parts),
                zh ? "感受野" : "receptive field",
                zh
                        ? "这组卷积（从输入开始）的感受野是多少像素？" + stack
                        : "What is the receptive field, in pixels, of this conv stack (input first)? " + stack,
                BigDecimal.valueOf(answer),
                BigDecimal.ZERO,
                zh ? "精确" : "exact",
                "RF = " + sum + " = " + rf
                        + (zh
                                ? "（r ← r + (k−1)·jump，jump 为之前各层步长之积）"
                                : " (r ← r + (k−1)·jump; jump is the product of earlier strides)"));
    }

    private Problem params(RandomGenerator random, boolean zh) {
        long k = pick(KERNELS, random);
        long in = pick(CHANNELS, random);
        long out = pick(CHANNELS, random) * 2;
        boolean bias = random.nextBoolean();
        Analysis a = analyzer.analyze(
                List.of(conv(k, 1, k / 2, OptionalLong.of(in), OptionalLong.of(out), bias)), Shape.of(32, 32, in));
        BigInteger answer = a.params().orElseThrow();
        String conv = "conv " + k + "×" + k + ", " + in + " → " + out
                + (zh ? (bias ? "，带偏置" : "，无偏置") : (bias ? ", with bias" : ", no bias"));
        return percentProblem(
                "calc:params:" + k + "," + in + "," + out + "," + bias,
                zh ? "参数量" : "params",
                zh ? "这个卷积层有多少参数？" + conv : "How many parameters does this layer have? " + conv,
                answer,
                k + "·" + k + "·" + in + "·" + out + (bias ? " + " + out : "") + " = " + answer);
    }

    private Problem macs(RandomGenerator random, boolean zh) {
        long k = pick(KERNELS, random);
        long in = pick(CHANNELS, random);
        long out = pick(CHANNELS, random);
        long size = pick(SIZES, random);
        Analysis a = analyzer.analyze(
                List.of(conv(k, 1, k / 2, OptionalLong.of(in), OptionalLong.of(out), false)), Shape.of(size, size, in));
        BigInteger answer = a.macs().orElseThrow();
        String what = "conv " + k + "×" + k + "/s1 pad " + k / 2 + ", " + size + "×" + size + "×" + in + " → " + out;
        return percentProblem(
                "calc:macs:" + k + "," + in + "," + out + "," + size,
                zh ? "计算量" : "MACs",
                zh ? "这个卷积层的乘加次数（MACs）是多少？" + what : "How many multiply-accumulates (MACs) does this layer do? " + what,
                answer,
                size + "·" + size + "·" + k + "·" + k + "·" + in + "·" + out + " = " + answer);
    }

    private Problem outputSize(RandomGenerator random, boolean zh) {
        long size = pick(SIZES, random);
        long k = pick(KERNELS, random);
        long s = random.nextInt(1, 3);
        long p = random.nextBoolean() ? k / 2 : 0;
        Analysis a = analyzer.analyze(
                List.of(conv(k, s, p, OptionalLong.empty(), OptionalLong.empty(), false)), Shape.spatial(size, size));
        long answer = a.output().height().orElseThrow();
        String what = size + "×" + size + ", conv " + k + "×" + k + " stride " + s + " padding " + p;
        return new Problem(
                "calc:size:" + size + "," + k + "," + s + "," + p,
                zh ? "输出尺寸" : "output size",
                zh ? "输出特征图的边长是多少？" + what : "What is the output side length? " + what,
                BigDecimal.valueOf(answer),
                BigDecimal.ZERO,
                zh ? "精确" : "exact",
                "⌊(" + size + " + 2·" + p + " − " + k + ") / " + s + "⌋ + 1 = " + answer);
    }

    private static Problem percentProblem(String id, String topic, String prompt, BigInteger answer, String working) {
        BigDecimal exact = new BigDecimal(answer);
        return new Problem(id, topic, prompt, exact, exact.multiply(ONE_PERCENT), "±1%", working);
    }

    private static Layer conv(long k, long stride, long pad, OptionalLong in, OptionalLong out, boolean bias) {
        return new Layer.Conv("", k, stride, Padding.of(pad), 1, in, out, 1, false, bias, false);
    }

    private static long pick(long[] values, RandomGenerator random) {
        return values[random.nextInt(values.length)];
    }
}
