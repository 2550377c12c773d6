package dev.wenda.bot.calc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wenda.bot.chat.Messages;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Renders a report as JSON. Stack reports have {@code params}, {@code macs}, {@code flops},
 * {@code receptive_field}, {@code effective_stride}, {@code effective_padding}, {@code output_size}
 * ([C, H, W] like the input format, null where unknown) and a {@code layers} list with the same
 * fields per layer; a comparison has one such object per stack under {@code stacks}.
 */
public final class ReportJson {
    private final ObjectMapper mapper = new ObjectMapper();

    public String render(CalcReport report) {
        ObjectNode root = mapper.createObjectNode();
        switch (report) {
            case CalcReport.Rf r -> {
                root.put("command", "rf");
                analysis(root, r.analysis());
            }
            case CalcReport.Count c -> {
                root.put("command", "conv");
                analysis(root, c.analysis());
            }
            case CalcReport.Net n -> {
                root.put("command", "net");
                root.put("name", n.name());
                root.put("source", n.source());
                analysis(root, n.analysis());
            }
            case CalcReport.Compare c -> {
                root.put("command", "compare");
                ArrayNode stacks = root.putArray("stacks");
                for (CalcReport.Entry e : c.entries()) {
                    ObjectNode s = stacks.addObject();
                    s.put("stack", e.text());
                    analysis(s, e.analysis());
                }
            }
        }
        root.put("convention", ReportText.convention(Messages.EN));
        try {
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write calc JSON", e);
        }
    }

    private static void analysis(ObjectNode node, StackAnalysis a) {
        shape(node.putArray("input_size"), a.input());
        big(node, "params", a.params());
        big(node, "macs", a.macs());
        big(node, "flops", a.flops());
        number(node, "receptive_field", a.receptiveField());
        number(node, "effective_stride", a.effectiveStride());
        number(node, "effective_padding", a.effectivePadding());
        a.rfLayer()
                .ifPresentOrElse(
                        id -> node.put("receptive_field_layer", id), () -> node.putNull("receptive_field_layer"));
        shape(node.putArray("output_size"), a.output());
        ArrayNode layers = node.putArray("layers");
        for (LayerStats s : a.layers()) {
            ObjectNode l = layers.addObject();
            l.put("id", s.id());
            l.put("layer", s.label());
            shape(l.putArray("output_size"), s.output());
            big(l, "params", s.params());
            big(l, "macs", s.macs());
            number(l, "receptive_field", s.receptiveField());
            number(l, "effective_stride", s.jump());
            number(l, "effective_padding", s.effectivePadding());
            if (!s.formula().isEmpty()) {
                l.put("formula", s.formula());
            }
        }
    }

    private static void shape(ArrayNode array, Shape shape) {
        for (OptionalLong v : new OptionalLong[] {shape.channels(), shape.height(), shape.width()}) {
            if (v.isPresent()) {
                array.add(v.getAsLong());
            } else {
                array.addNull();
            }
        }
    }

    private static void big(ObjectNode node, String field, Optional<BigInteger> value) {
        value.ifPresentOrElse(v -> node.put(field, v), () -> node.putNull(field));
    }

    private static void number(ObjectNode node, String field, OptionalLong value) {
        if (value.isPresent()) {
            node.put(field, value.getAsLong());
        } else {
            node.putNull(field);
        }
    }
}
