package dev.wenda.bot.calc;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A whole stack analysed: per-layer values and the totals.
 *
 * @param receptiveField the receptive field at the last layer that still has a local one (the last
 *     conv or pool before global pooling or a fully connected layer)
 * @param effectiveStride the jump at that layer
 * @param effectivePadding the effective padding at that layer
 * @param rfLayer the id of that layer, empty when no layer has a local receptive field
 */
public record StackAnalysis(
        Shape input,
        List<LayerStats> layers,
        Shape output,
        Optional<BigInteger> params,
        Optional<BigInteger> macs,
        OptionalLong receptiveField,
        OptionalLong effectiveStride,
        OptionalLong effectivePadding,
        Optional<String> rfLayer) {
    public StackAnalysis {
        Objects.requireNonNull(input, "input");
        layers = List.copyOf(layers);
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(macs, "macs");
        Objects.requireNonNull(receptiveField, "receptiveField");
        Objects.requireNonNull(effectiveStride, "effectiveStride");
        Objects.requireNonNull(effectivePadding, "effectivePadding");
        Objects.requireNonNull(rfLayer, "rfLayer");
    }

    /** FLOPs under the usual convention: one MAC is a multiply and an add, 2 FLOPs. */
    public Optional<BigInteger> flops() {
        return macs.map(m -> m.shiftLeft(1));
    }
}
