package dev.wenda.bot.calc;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one layer does to the network, counted from the input.
 *
 * @param id the position, "3" or "5.main.2" inside a residual block
 * @param label a short description such as "conv3x3 s2 p1 →128"
 * @param output the shape after the layer
 * @param params its learnable parameters, empty when the channels are unknown
 * @param macs its multiply-accumulates, empty when the sizes or channels are unknown
 * @param receptiveField the input pixels one output position sees along an axis; empty once a
 *     global layer (fully connected, adaptive pool to a smaller grid) sees the whole input
 * @param jump the effective stride: input pixels between neighbouring output positions
 * @param effectivePadding how far the first output position's window reaches before input pixel 0
 *     (height axis); empty when unknown (SAME padding without an input size)
 * @param formula how params and MACs were computed, empty for layers without either
 */
public record LayerStats(
        String id,
        String label,
        Shape output,
        Optional<BigInteger> params,
        Optional<BigInteger> macs,
        OptionalLong receptiveField,
        OptionalLong jump,
        OptionalLong effectivePadding,
        String formula) {
    public LayerStats {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(macs, "macs");
        Objects.requireNonNull(receptiveField, "receptiveField");
        Objects.requireNonNull(jump, "jump");
        Objects.requireNonNull(effectivePadding, "effectivePadding");
        Objects.requireNonNull(formula, "formula");
    }
}
