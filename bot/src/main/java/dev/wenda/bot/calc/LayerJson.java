package dev.wenda.bot.calc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads the layer-file format of {@code wenda calc net --layers FILE.json}:
 *
 * <pre>
 * {"input": [C, H, W], "layers": [
 *   {"type": "conv", "in_channels": 3, "out_channels": 64, "kernel": 3, "stride": 1,
 *    "padding": 1 | "SAME" | "VALID", "dilation": 1, "groups": 1, "bias": true, "batchnorm": false},
 *   {"type": "maxpool" | "avgpool", "kernel": 2, "stride": 2, "padding": 0, "ceil_mode": false},
 *   {"type": "adaptive_avgpool", "output_size": [7, 7]},
 *   {"type": "linear", "in_features": 25088, "out_features": 4096, "bias": true},
 *   {"type": "batchnorm"},
 *   {"type": "residual", "main": [...], "shortcut": [...]}]}
 * </pre>
 *
 * Unknown fields are ignored; missing optional ones take PyTorch's defaults (stride 1 for convs and
 * the kernel for pools, padding 0, dilation 1, groups 1, bias true). Activation, dropout and
 * flatten entries are skipped. Any layer may have a "name".
 */
public final class LayerJson {
    private static final Set<String> SKIPPED =
            Set.of("relu", "relu6", "gelu", "silu", "sigmoid", "tanh", "dropout", "flatten", "identity", "softmax");

    private final ObjectMapper mapper = new ObjectMapper();

    /** A network read from a file: its optional "name" and "source" texts, input shape and layers. */
    public record Network(String name, String source, Shape input, List<Layer> layers) {
        public Network {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(input, "input");
            layers = List.copyOf(layers);
        }
    }

    public Network read(String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CalcInputException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new CalcInputException("expected a JSON object with \"input\" and \"layers\"");
        }
        JsonNode input = root.get("input");
        if (input == null || !input.isArray() || input.size() != 3) {
            throw new CalcInputException("\"input\" must be [C, H, W], e.g. [3, 224, 224]");
        }
        Shape shape = Shape.of(
                integer(input.get(1), "input[1]"),
                integer(input.get(2), "input[2]"),
                integer(input.get(0), "input[0]"));
        return new Network(
                root.path("name").asText(""),
                root.path("source").asText(""),
                shape,
                layers(root.get("layers"), "layers"));
    }

    private List<Layer> layers(JsonNode array, String path) {
        if (array == null || !array.isArray()) {
            throw new CalcInputException("\"" + path + "\" must be an array of layers");
        }
        List<Layer> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = path + "[" + i + "]";
            try {
                JsonNode node = array.get(i);
                String type = text(node, "type", at).toLowerCase(Locale.ROOT);
                if (!SKIPPED.contains(type)) {
                    out.add(layer(type, node, at));
                }
            } catch (CalcInputException e) {
                throw e.getMessage().startsWith(path) ? e : new CalcInputException(at + ": " + e.getMessage());
            }
            if (out.size() > Analyzer.MAX_LAYERS) {
                throw new CalcInputException("more than " + Analyzer.MAX_LAYERS + " layers in \"" + path + "\"");
            }
        }
        return out;
    }

    private Layer layer(String type, JsonNode n, String at) {
        String name = n.path("name").asText("");
        return switch (type) {
            case "conv", "conv2d" ->
                new Layer.Conv(
                        name,
                        square(n, "kernel", at),
                        optSquare(n, "stride", 1, at),
                        padding(n.get("padding"), at),
                        optSquare(n, "dilation", 1, at),
                        optional(n, "in_channels", at),
                        optional(n, "out_channels", at),
                        opt(n, "groups", 1, at),
                        false,
                        bool(n, "bias", true, at),
                        bool(n, "batchnorm", false, at));
            case "maxpool", "avgpool" -> {
                long kernel = square(n, "kernel", at);
                yield new Layer.Pool(
                        name,
                        type.equals("maxpool") ? Layer.PoolKind.MAX : Layer.PoolKind.AVG,
                        kernel,
                        optSquare(n, "stride", kernel, at),
                        padding(n.get("padding"), at),
                        bool(n, "ceil_mode", false, at));
            }
            case "adaptive_avgpool" -> {
                JsonNode size = n.get("output_size");
                if (size != null && size.isArray() && size.size() == 2) {
                    yield new Layer.AdaptiveAvgPool(
                            name,
                            integer(size.get(0), at + ".output_size[0]"),
                            integer(size.get(1), at + ".output_size[1]"));
                }
                long s = integer(size, at + ".output_size");
                yield new Layer.AdaptiveAvgPool(name, s, s);
            }
            case "linear" ->
                new Layer.Linear(
                        name,
                        optional(n, "in_features", at),
                        integer(n.get("out_features"), at + ".out_features"),
                        bool(n, "bias", true, at));
            case "batchnorm", "bn" -> new Layer.BatchNorm(name);
            case "residual" ->
                new Layer.Residual(
                        name,
                        layers(n.get("main"), at + ".main"),
                        n.has("shortcut") ? layers(n.get("shortcut"), at + ".shortcut") : List.of());
            default ->
                throw new CalcInputException(
                        "unknown layer type \"" + type
                                + "\" (known: conv, maxpool, avgpool, adaptive_avgpool, linear, batchnorm, residual, relu, dropout, flatten)");
        };
    }

    private static Padding padding(JsonNode node, String at) {
        if (node == null || node.isNull()) {
            return Padding.of(0);
        }
        if (node.isTextual()) {
            return switch (node.asText().toUpperCase(Locale.ROOT)) {
                case "SAME" -> new Padding.Same();
                case "VALID" -> new Padding.Valid();
                default ->
                    throw new CalcInputException(
                            at + ".padding: expected a number, \"SAME\" or \"VALID\", got \"" + node.asText() + "\"");
            };
        }
        if (node.isArray()) {
            return Padding.of(squareOf(node, at + ".padding", 0));
        }
        long p = number(node, at + ".padding");
        if (p < 0) {
            throw new CalcInputException(at + ".padding must be >= 0, was " + p);
        }
        return Padding.of(p);
    }

    private static long square(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v == null) {
            throw new CalcInputException(at + "." + field + " is missing");
        }
        return v.isArray() ? squareOf(v, at + "." + field, 1) : integer(v, at + "." + field);
    }

    private static long optSquare(JsonNode n, String field, long fallback, String at) {
        return n.has(field) && !n.get(field).isNull() ? square(n, field, at) : fallback;
    }

    private static long squareOf(JsonNode array, String at, long min) {
        if (array.size() != 2 || number(array.get(0), at) != number(array.get(1), at)) {
            throw new CalcInputException(at + ": only square values like [3, 3] are supported, got " + array);
        }
        long v = number(array.get(0), at);
        if (v < min) {
            throw new CalcInputException(at + " must be >= " + min + ", was " + v);
        }
        return v;
    }

    private static long opt(JsonNode n, String field, long fallback, String at) {
        return n.has(field) && !n.get(field).isNull() ? integer(n.get(field), at + "." + field) : fallback;
    }

    private static OptionalLong optional(JsonNode n, String field, String at) {
        return n.has(field) && !n.get(field).isNull()
                ? OptionalLong.of(integer(n.get(field), at + "." + field))
                : OptionalLong.empty();
    }

    private static boolean bool(JsonNode n, String field, boolean fallback, String at) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            throw new CalcInputException(at + "." + field + ": expected true or false, got " + v);
        }
        return v.asBoolean();
    }

    private static String text(JsonNode n, String field, String at) {
        if (n == null || !n.isObject()) {
            throw new CalcInputException(at + ": expected a layer object, got " + n);
        }
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new CalcInputException(at + "." + field + " is missing or not a string");
        }
        return v.asText();
    }

    private static long integer(JsonNode v, String at) {
        long value = number(v, at);
        if (value <= 0 || value > Checks.MAX_VALUE) {
            throw new CalcInputException(at + " must be between 1 and 1,000,000,000, was " + value);
        }
        return value;
    }

    private static long number(JsonNode v, String at) {
        if (v == null || !v.isIntegralNumber() || !v.canConvertToLong()) {
            throw new CalcInputException(at + ": expected an integer, got " + (v == null ? "nothing" : v.toString()));
        }
        return v.asLong();
    }
}
