package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigInteger;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AnalyzerTest {
    private final Analyzer analyzer = new Analyzer();
    private final LayerSyntax syntax = new LayerSyntax();

    private StackAnalysis run(String input, String... tokens) {
        Shape shape = input.isEmpty() ? Shape.unknown() : syntax.input(input);
        return analyzer.analyze(syntax.parse(List.of(tokens)), shape);
    }

    private static Optional<BigInteger> big(long v) {
        return Optional.of(BigInteger.valueOf(v));
    }

    @Test
    @DisplayName("two stacked 3x3 stride-1 convs see 5x5, three see 7x7 (seed 000 #8)")
    void stackedThreeByThree_receptiveField() {
        assertEquals(OptionalLong.of(5), run("", "3x3s1", "3x3s1").receptiveField());
        StackAnalysis three = run("", "3x3", "3x3", "3x3");
        assertEquals(OptionalLong.of(7), three.receptiveField());
        assertEquals(OptionalLong.of(1), three.effectiveStride());
        assertEquals(OptionalLong.of(3), three.effectivePadding());
    }

    @Test
    @DisplayName("rf 3x3s1 3x3s1 pool2s2 3x3d2 on 224: per-layer RF 3,5,6,14, jump 1,1,2,2, padding 1,2,2,6")
    void mixedStack_perLayerValues() {
        StackAnalysis a = run("224", "3x3s1", "3x3s1", "pool2s2", "3x3d2");
        assertEquals(
                List.of(3L, 5L, 6L, 14L),
                a.layers().stream().map(l -> l.receptiveField().getAsLong()).toList());
        assertEquals(
                List.of(1L, 1L, 2L, 2L),
                a.layers().stream().map(l -> l.jump().getAsLong()).toList());
        assertEquals(
                List.of(1L, 2L, 2L, 6L),
                a.layers().stream().map(l -> l.effectivePadding().getAsLong()).toList());
        assertEquals(Shape.spatial(112, 112), a.output());
    }

    @Test
    @DisplayName("dilation widens the kernel to (k−1)·d+1: a 3x3 conv with dilation 2 sees 5, with 4 after it 13")
    void dilation_widensKernel() {
        assertEquals(OptionalLong.of(5), run("", "3x3d2").receptiveField());
        assertEquals(OptionalLong.of(13), run("", "3x3d2", "3x3d4").receptiveField());
        StackAnalysis sized = run("32", "3x3d2p0");
        assertEquals(Shape.spatial(28, 28), sized.output());
    }

    @Test
    @DisplayName("seed 003 #21: 24x24x3 through two 3x3x128 convs costs 24·24·3·3·3·128 + 24·24·128·3·3·128 MACs")
    void bottleneckExample_exactMacs() {
        StackAnalysis plain = run("24x24x3", "3x3x128", "3x3x128");
        assertEquals(big(24L * 24 * 3 * 3 * 3 * 128 + 24L * 24 * 128 * 3 * 3 * 128), plain.macs());
        assertEquals(big(86_925_312), plain.macs());
        StackAnalysis bottleneck = run("24x24x3", "3x3x128", "1x1x64", "3x3x128");
        assertEquals(
                big(24L * 24 * 3 * 3 * 3 * 128 + 24L * 24 * 128 * 1 * 1 * 64 + 24L * 24 * 64 * 3 * 3 * 128),
                bottleneck.macs());
        assertEquals(
                "params = 3·3·128·128 + 128 (bias) = 147,584; MACs = 24·24·128·3·3·128 = 84,934,656",
                plain.layers().get(1).formula());
    }

    @Test
    @DisplayName("bias and BatchNorm: 3x3 64→128 has 73,728 weights, +128 bias, or +256 BN γ/β instead")
    void conv_biasAndBatchNorm() {
        assertEquals(big(73_856), run("c64", "3x3x128").params());
        assertEquals(big(73_728), run("c64", "3x3x128nobias").params());
        assertEquals(big(73_984), run("c64", "3x3x128bn").params());
        assertEquals(big(128), run("c64", "bn").params());
    }

    @Test
    @DisplayName("grouped conv divides the input channels: 3x3, 128→128, 32 groups = 3·3·4·128 weights")
    void groupedConv_paramsAndMacs() {
        StackAnalysis a = run("56x56x128", "3x3x128g32nobias");
        assertEquals(big(3 * 3 * 4 * 128), a.params());
        assertEquals(big(56L * 56 * 4 * 3 * 3 * 128), a.macs());
        assertEquals(
                "params = 3·3·(128/32)·128 = 4,608; MACs = 56·56·(128/32)·3·3·128 = 14,450,688",
                a.layers().get(0).formula());
    }

    @Test
    @DisplayName("depthwise 3x3 on 112x112x32: 288 weights + 32 bias, 112·112·32·9 MACs; separable adds a 1x1")
    void depthwiseAndSeparable() {
        StackAnalysis dw = run("112x112x32", "3x3dw");
        assertEquals(big(320), dw.params());
        assertEquals(big(112L * 112 * 32 * 9), dw.macs());
        assertEquals(Shape.of(112, 112, 32), dw.output());
        StackAnalysis sep = run("56x56x64", "sep3x3x128nobias");
        assertEquals(big(64 * 9 + 64 * 128), sep.params());
        assertEquals(big(56L * 56 * 64 * 9 + 56L * 56 * 64 * 128), sep.macs());
    }

    @Test
    @DisplayName("a fully connected layer: in·out + out params, in·out MACs; the RF becomes global")
    void linear_countsAndGlobal() {
        StackAnalysis a = run("7x7x512", "fc4096");
        assertEquals(big(25_088L * 4096 + 4096), a.params());
        assertEquals(big(25_088L * 4096), a.macs());
        assertEquals(OptionalLong.empty(), a.layers().get(0).receptiveField());
    }

    @Test
    @DisplayName("huge channel counts stay exact: 1e9 → 1e9 with an 11x11 kernel has 121e18 weights")
    void hugeChannels_exactBigInteger() {
        StackAnalysis a = run("c1000000000", "11x11x1000000000nobias");
        assertEquals(Optional.of(new BigInteger("121000000000000000000")), a.params());
    }

    @Test
    @DisplayName("a kernel larger than its input is refused, naming the layer")
    void kernelLargerThanInput_isRefused() {
        CalcInputException e = assertThrows(CalcInputException.class, () -> run("3", "5x5p0"));
        assertEquals("layer 1 (conv5x5): kernel 5 is larger than its padded input 3", e.getMessage());
        CalcInputException d = assertThrows(CalcInputException.class, () -> run("4", "3x3d2valid"));
        assertEquals(
                "layer 1 (conv3x3 VALID d2): kernel 3 with dilation 2 (extent 5) is larger than its input 4 (VALID)",
                d.getMessage());
    }

    @Test
    @DisplayName("10,000 stride-1 layers are analysed quickly; 10,001 are refused")
    void tenThousandLayers() {
        StackAnalysis a = assertTimeoutPreemptively(
                Duration.ofSeconds(5),
                () -> analyzer.analyze(syntax.parse(Collections.nCopies(10_000, "3x3")), Shape.unknown()));
        assertEquals(OptionalLong.of(20_001), a.receptiveField());
        CalcInputException e =
                assertThrows(CalcInputException.class, () -> syntax.parse(Collections.nCopies(10_001, "3x3")));
        assertEquals("more than 10,000 layers (the limit)", e.getMessage());
    }

    @Test
    @DisplayName("the effective stride of 64 stride-2 layers overflows 64 bits: a clear error, not a wrong number")
    void jumpOverflow_isAnError() {
        CalcInputException e = assertThrows(
                CalcInputException.class,
                () -> run("", Collections.nCopies(64, "3x3s2").toArray(String[]::new)));
        assertEquals("layer 63 (conv3x3 s2 p1): a value exceeds 64-bit integers", e.getMessage());
    }

    @Test
    @DisplayName("a residual block whose paths disagree in shape names the fix")
    void residual_shapeMismatch() {
        Layer conv = new Layer.Conv(
                "", 3, 2, Padding.of(1), 1, OptionalLong.empty(), OptionalLong.of(128), 1, false, false, true);
        Layer block = new Layer.Residual("block", List.of(conv), List.of());
        CalcInputException e =
                assertThrows(CalcInputException.class, () -> analyzer.analyze(List.of(block), Shape.of(56, 56, 64)));
        assertEquals(
                "layer 1 (block): the main path gives 28x28x128 but the shortcut gives 56x56x64;"
                        + " add a downsample conv to the shortcut",
                e.getMessage());
    }

    @Test
    @DisplayName("a residual block's RF is the union of its paths: 3x3,3x3 beside the identity gives 5")
    void residual_unionOfPaths() {
        Layer c = new Layer.Conv(
                "", 3, 1, Padding.of(1), 1, OptionalLong.empty(), OptionalLong.of(8), 1, false, false, false);
        StackAnalysis a =
                analyzer.analyze(List.of(new Layer.Residual("", List.of(c, c), List.of())), Shape.of(9, 9, 8));
        assertEquals(OptionalLong.of(5), a.receptiveField());
        assertEquals(OptionalLong.of(2), a.effectivePadding());
        assertEquals(Optional.of("1"), a.rfLayer());
    }
}
