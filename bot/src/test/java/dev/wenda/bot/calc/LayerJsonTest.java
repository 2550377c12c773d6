package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerJsonTest {
    private final LayerJson json = new LayerJson();

    @Test
    @DisplayName("missing optional fields take PyTorch defaults and unknown fields are ignored")
    void defaultsAndUnknownFields() {
        LayerJson.Network net = json.read("""
                {"input": [3, 32, 32], "comment": "ignored",
                 "layers": [
                   {"type": "conv", "out_channels": 8, "kernel": 3, "activation": "ignored"},
                   {"type": "relu"},
                   {"type": "maxpool", "kernel": [2, 2]},
                   {"type": "conv", "out_channels": 8, "kernel": 3, "padding": "SAME", "stride": 2, "bias": false},
                   {"type": "adaptive_avgpool", "output_size": 1},
                   {"type": "linear", "out_features": 10}]}
                """);
        assertEquals(Shape.of(32, 32, 3), net.input());
        assertEquals(
                List.of(
                        new Layer.Conv(
                                "",
                                3,
                                1,
                                Padding.of(0),
                                1,
                                OptionalLong.empty(),
                                OptionalLong.of(8),
                                1,
                                false,
                                true,
                                false),
                        new Layer.Pool("", Layer.PoolKind.MAX, 2, 2, Padding.of(0), false),
                        new Layer.Conv(
                                "",
                                3,
                                2,
                                new Padding.Same(),
                                1,
                                OptionalLong.empty(),
                                OptionalLong.of(8),
                                1,
                                false,
                                false,
                                false),
                        new Layer.AdaptiveAvgPool("", 1, 1),
                        new Layer.Linear("", OptionalLong.empty(), 10, true)),
                net.layers());
    }

    @Test
    @DisplayName("a declared in_channels that disagrees with the data is an error, not a silent recount")
    void inChannelsMismatch() {
        LayerJson.Network net = json.read("""
                {"input": [3, 32, 32], "layers": [{"type": "conv", "in_channels": 4, "out_channels": 8, "kernel": 3}]}
                """);
        CalcInputException e =
                assertThrows(CalcInputException.class, () -> new Analyzer().analyze(net.layers(), net.input()));
        assertEquals("layer 1 (conv3x3 →8): expects in_channels 4 but gets 3", e.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{ | not valid JSON: Unexpected end-of-input: expected close marker for Object (start marker at [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 1])",
                "[] | expected a JSON object with \"input\" and \"layers\"",
                "{\"input\": [3, 32], \"layers\": []} | \"input\" must be [C, H, W], e.g. [3, 224, 224]",
                "{\"input\": [3, 32, 32]} | \"layers\" must be an array of layers",
                "{\"input\": [3, 32, 32], \"layers\": [{\"type\": \"conv\", \"out_channels\": 8}]} | layers[0].kernel is missing",
                "{\"input\": [3, 32, 32], \"layers\": [{\"type\": \"conv\", \"kernel\": \"big\"}]} | layers[0].kernel: expected an integer, got \"big\"",
                "{\"input\": [3, 32, 32], \"layers\": [{\"type\": \"conv\", \"kernel\": 3, \"padding\": \"FULL\"}]} | layers[0].padding: expected a number, \"SAME\" or \"VALID\", got \"FULL\"",
                "{\"input\": [3, 32, 32], \"layers\": [{\"type\": \"lstm\"}]} | layers[0]: unknown layer type \"lstm\" (known: conv, maxpool, avgpool, adaptive_avgpool, linear, batchnorm, residual, relu, dropout, flatten)",
                "{\"input\": [3, 0, 32], \"layers\": []} | input[1] must be between 1 and 1,000,000,000, was 0",
                "{\"input\": [3, 32, 32], \"layers\": [{\"type\": \"conv\", \"kernel\": [1, 7]}]} | layers[0].kernel: only square values like [3, 3] are supported, got [1,7]",
            })
    @DisplayName("bad layer files fail with one line naming the JSON path")
    void badFiles(String text, String message) {
        assertEquals(
                message,
                assertThrows(CalcInputException.class, () -> json.read(text)).getMessage());
    }
}
