package dev.wenda.bot.calc;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * One layer of a network, as far as sizes, receptive field, params and MACs are concerned.
 * Activations and dropout have none of these and are not modelled. Every layer may carry a
 * display {@code name} (empty for none).
 */
public sealed interface Layer {
    String name();

    /**
     * A 2-D convolution with a square kernel. {@code inChannels}, when given, is checked against
     * what arrives; {@code outChannels} may be empty for RF-only stacks (and is C_in for depthwise).
     */
    record Conv(
            String name,
            long kernel,
            long stride,
            Padding padding,
            long dilation,
            OptionalLong inChannels,
            OptionalLong outChannels,
            long groups,
            boolean depthwise,
            boolean bias,
            boolean batchNorm)
            implements Layer {
        public Conv {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(padding, "padding");
            Objects.requireNonNull(inChannels, "inChannels");
            Objects.requireNonNull(outChannels, "outChannels");
            Checks.positive("kernel", kernel);
            Checks.positive("stride", stride);
            Checks.positive("dilation", dilation);
            Checks.positive("groups", groups);
            outChannels.ifPresent(c -> Checks.positive("output channels", c));
        }
    }

    /** Max or average pooling with a square window. */
    record Pool(String name, PoolKind kind, long kernel, long stride, Padding padding, boolean ceilMode)
            implements Layer {
        public Pool {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(padding, "padding");
            Checks.positive("pool kernel", kernel);
            Checks.positive("pool stride", stride);
            if (padding instanceof Padding.Explicit(long p) && p > kernel / 2) {
                throw new CalcInputException(
                        "pool padding " + p + " must be at most half the kernel " + kernel + " (as in PyTorch)");
            }
        }
    }

    /** PyTorch AdaptiveAvgPool2d: pools any input down to {@code height x width}. */
    record AdaptiveAvgPool(String name, long height, long width) implements Layer {
        public AdaptiveAvgPool {
            Objects.requireNonNull(name, "name");
            Checks.positive("adaptive pool output size", height);
            Checks.positive("adaptive pool output size", width);
        }
    }

    /** A fully connected layer on the flattened input; {@code inFeatures} empty means "whatever comes in". */
    record Linear(String name, OptionalLong inFeatures, long outFeatures, boolean bias) implements Layer {
        public Linear {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(inFeatures, "inFeatures");
            inFeatures.ifPresent(f -> Checks.positive("in_features", f));
            Checks.positive("out_features", outFeatures);
        }
    }

    /** A standalone BatchNorm2d: 2·C affine params (gamma, beta), no MACs counted. */
    record BatchNorm(String name) implements Layer {
        public BatchNorm {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A block whose output is {@code main(x) + shortcut(x)}; an empty shortcut is the identity. Both
     * paths must produce the same shape and effective stride.
     */
    record Residual(String name, List<Layer> main, List<Layer> shortcut) implements Layer {
        public Residual {
            Objects.requireNonNull(name, "name");
            main = List.copyOf(main);
            shortcut = List.copyOf(shortcut);
            if (main.isEmpty()) {
                throw new CalcInputException("a residual block needs at least one layer on its main path");
            }
        }
    }

    enum PoolKind {
        MAX,
        AVG
    }
}
