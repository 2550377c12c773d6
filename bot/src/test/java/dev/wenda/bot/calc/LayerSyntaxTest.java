package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerSyntaxTest {
    private final LayerSyntax syntax = new LayerSyntax();

    private static Layer.Conv conv(
            long k, long s, Padding p, long d, OptionalLong out, long g, boolean dw, boolean bias, boolean bn) {
        return new Layer.Conv("", k, s, p, d, OptionalLong.empty(), out, g, dw, bias, bn);
    }

    @Test
    @DisplayName("a conv token carries kernel, channels and every option")
    void conv_allOptions() {
        assertEquals(
                List.of(conv(3, 2, Padding.of(0), 2, OptionalLong.of(128), 32, false, false, true)),
                syntax.parse(List.of("3x3x128s2p0d2g32bn")));
        assertEquals(
                List.of(conv(3, 2, new Padding.Same(), 1, OptionalLong.empty(), 1, false, true, false)),
                syntax.parse(List.of("conv3*3/2same")));
        assertEquals(
                List.of(conv(5, 1, new Padding.Valid(), 1, OptionalLong.of(6), 1, false, false, false)),
                syntax.parse(List.of("5×5×6validnobias")));
    }

    @Test
    @DisplayName("convs default to size-keeping padding (k−1)·d/2; pools to no padding and stride = kernel")
    void defaults() {
        assertEquals(
                List.of(conv(3, 1, Padding.of(2), 2, OptionalLong.empty(), 1, false, true, false)),
                syntax.parse(List.of("3x3d2")));
        assertEquals(
                List.of(new Layer.Pool("", Layer.PoolKind.MAX, 3, 3, Padding.of(0), false)),
                syntax.parse(List.of("pool3")));
        assertEquals(
                List.of(new Layer.Pool("", Layer.PoolKind.AVG, 3, 2, Padding.of(1), true)),
                syntax.parse(List.of("avgpool3s2p1ceil")));
    }

    @Test
    @DisplayName("commas split a token into layers; sep expands to depthwise + pointwise; relu is skipped")
    void compositeTokens() {
        List<Layer> layers = syntax.parse(List.of("1x1x64,relu,3x3x128", "sep3x3x256s2bn", "gap", "fc10"));
        assertEquals(
                List.of(
                        conv(1, 1, Padding.of(0), 1, OptionalLong.of(64), 1, false, true, false),
                        conv(3, 1, Padding.of(1), 1, OptionalLong.of(128), 1, false, true, false),
                        conv(3, 2, Padding.of(1), 1, OptionalLong.empty(), 1, true, false, true),
                        conv(1, 1, Padding.of(0), 1, OptionalLong.of(256), 1, false, false, true),
                        new Layer.AdaptiveAvgPool("", 1, 1),
                        new Layer.Linear("", OptionalLong.empty(), 10, true)),
                layers);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0x0x3 | layer '0x0x3': kernel must be >= 1, was 0",
                "3x3x0 | layer '3x3x0': output channels must be >= 1, was 0",
                "3x3s0 | layer '3x3s0': stride must be >= 1, was 0",
                "1x7 | layer '1x7': non-square kernel 1x7 is not supported",
                "3x3q5 | layer '3x3q5': cannot read 'q5' (options: s2 stride, p1 padding, same, valid, d2 dilation, g32 groups, dw, bn, nobias, ceil)",
                "banana | layer 'banana': not a layer (write e.g. 3x3, 3x3x128s2, pool2s2, sep3x3x64, fc1000)",
                "-3x3 | layer '-3x3': not a layer (write e.g. 3x3, 3x3x128s2, pool2s2, sep3x3x64, fc1000)",
                "3x3x99999999999999999999 | layer '3x3x99999999999999999999': number 99999999999999999999 is too large (at most 1,000,000,000)",
                "pool3p2 | layer 'pool3p2': pool padding 2 must be at most half the kernel 3 (as in PyTorch)",
            })
    @DisplayName("bad layers fail with one line naming the token and the problem")
    void badLayer_oneLineError(String token, String message) {
        assertEquals(
                message,
                assertThrows(CalcInputException.class, () -> syntax.parse(List.of(token)))
                        .getMessage());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "224 | 224x224",
                "224x320 | 224x320",
                "24x24x3 | 24x24x3",
                "24*24*3 | 24x24x3",
                "c64 | ?x?x64",
            })
    void input_forms(String text, String shape) {
        assertEquals(shape, syntax.input(text).toString());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "0 | input '0': height must be >= 1, was 0",
                "24x24x0 | input '24x24x0': channels must be >= 1, was 0",
                "-24 | cannot read input size '-24' (write e.g. 224 or 24x24x3)",
                "big | cannot read input size 'big' (write e.g. 224 or 24x24x3)",
            })
    void input_bad(String text, String message) {
        assertEquals(
                message,
                assertThrows(CalcInputException.class, () -> syntax.input(text)).getMessage());
    }
}
