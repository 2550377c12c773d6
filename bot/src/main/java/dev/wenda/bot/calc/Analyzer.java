package dev.wenda.bot.calc;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Walks a stack of layers from the input and computes, per layer, the output shape, params, MACs
 * and the receptive-field recurrence:
 *
 * <pre>
 *   r_l = r_{l-1} + ((k_l − 1)·d_l)·j_{l-1}     (receptive field)
 *   j_l = j_{l-1}·s_l                          (jump, the effective stride)
 *   P_l = P_{l-1} + p_l·j_{l-1}                 (effective padding, p_l the zeros before pixel 0)
 * </pre>
 *
 * starting from r = j = 1, P = 0. A residual block's receptive field is the union of its paths'
 * windows (the larger one when they are centred alike). Counting convention: MACs of convs and
 * fully connected layers only (bias adds, BatchNorm, activations, pooling and residual adds are not
 * counted); params include biases and BatchNorm's 2·C affine weights (not its running statistics).
 */
public final class Analyzer {
    /** The most layers (counting those inside residual blocks) one analysis accepts. */
    public static final int MAX_LAYERS = 10_000;

    private record State(Shape shape, boolean global, long rf, long jump, OptionalLong pad, Optional<String> rfLayer) {}

    public StackAnalysis analyze(List<Layer> layers, Shape input) {
        int count = count(layers);
        if (count == 0) {
            throw new CalcInputException("no layers given");
        }
        if (count > MAX_LAYERS) {
            throw new CalcInputException(String.format("%,d layers is too many (at most %,d)", count, MAX_LAYERS));
        }
        List<LayerStats> out = new ArrayList<>();
        State start = new State(input, false, 1, 1, OptionalLong.of(0), Optional.empty());
        State end = walk(layers, start, "", out);
        Optional<LayerStats> local = end.rfLayer()
                .flatMap(id -> out.stream().filter(l -> l.id().equals(id)).reduce((x, y) -> y));
        return new StackAnalysis(
                input,
                out,
                end.shape(),
                sum(out, true),
                sum(out, false),
                local.map(LayerStats::receptiveField).orElse(OptionalLong.empty()),
                local.map(LayerStats::jump).orElse(OptionalLong.empty()),
                local.map(LayerStats::effectivePadding).orElse(OptionalLong.empty()),
                end.rfLayer());
    }

    private static int count(List<Layer> layers) {
        int n = 0;
        for (Layer l : layers) {
            n += l instanceof Layer.Residual r ? 1 + count(r.main()) + count(r.shortcut()) : 1;
            if (n > MAX_LAYERS) {
                return n;
            }
        }
        return n;
    }

    private static Optional<BigInteger> sum(List<LayerStats> layers, boolean params) {
        BigInteger total = BigInteger.ZERO;
        for (LayerStats s : layers) {
            Optional<BigInteger> v = params ? s.params() : s.macs();
            if (v.isEmpty()) {
                return Optional.empty();
            }
            total = total.add(v.get());
        }
        return Optional.of(total);
    }

    private State walk(List<Layer> layers, State state, String prefix, List<LayerStats> out) {
        State s = state;
        for (int i = 0; i < layers.size(); i++) {
            Layer layer = layers.get(i);
            String id = prefix + (i + 1);
            if (layer instanceof Layer.Residual r) {
                s = residual(r, id, s, out);
                continue;
            }
            try {
                s = step(layer, id, s, out);
            } catch (CalcInputException | ArithmeticException e) {
                String why = e instanceof ArithmeticException ? "a value exceeds 64-bit integers" : e.getMessage();
                throw new CalcInputException("layer " + id + " (" + Describe.label(layer) + "): " + why);
            }
        }
        return s;
    }

    private State step(Layer layer, String id, State s, List<LayerStats> out) {
        String label = Describe.label(layer);
        return switch (layer) {
            case Layer.Conv c -> {
                State next = window(c, s, id);
                yield emit(out, id, label, Costs.conv(c, s.shape(), next.shape()), next);
            }
            case Layer.Pool p -> {
                State next = window(p, s, id);
                yield emit(out, id, label, Costs.none(next.shape()), next);
            }
            case Layer.AdaptiveAvgPool a -> {
                State next = adaptive(a, s);
                yield emit(out, id, label, Costs.none(next.shape()), next);
            }
            case Layer.BatchNorm b -> emit(out, id, label, Costs.batchNorm(s.shape()), s);
            case Layer.Linear l -> {
                Costs.Result costs = Costs.linear(l, s.shape());
                yield emit(
                        out,
                        id,
                        label,
                        costs,
                        new State(costs.output(), true, 0, 0, OptionalLong.empty(), s.rfLayer()));
            }
            case Layer.Residual r -> throw new IllegalStateException("residual handled by walk");
        };
    }

    /** Records the layer's stats; the costs decide the output shape (they know the channels). */
    private static State emit(List<LayerStats> out, String id, String label, Costs.Result costs, State next) {
        out.add(new LayerStats(
                id,
                label,
                costs.output(),
                costs.params(),
                costs.macs(),
                next.global() ? OptionalLong.empty() : OptionalLong.of(next.rf()),
                next.global() ? OptionalLong.empty() : OptionalLong.of(next.jump()),
                next.global() ? OptionalLong.empty() : next.pad(),
                costs.formula()));
        return new State(costs.output(), next.global(), next.rf(), next.jump(), next.pad(), next.rfLayer());
    }

    private static State window(Layer layer, State s, String id) {
        long kernel;
        long stride;
        long dilation;
        Padding padding;
        boolean ceil;
        switch (layer) {
            case Layer.Conv c -> {
                kernel = c.kernel();
                stride = c.stride();
                dilation = c.dilation();
                padding = c.padding();
                ceil = false;
            }
            case Layer.Pool p -> {
                kernel = p.kernel();
                stride = p.stride();
                dilation = 1;
                padding = p.padding();
                ceil = p.ceilMode();
            }
            default -> throw new IllegalStateException("not a windowed layer: " + layer);
        }
        if (s.global()) {
            throw new CalcInputException("comes after a fully connected or global pooling layer");
        }
        Shape shape = s.shape();
        OptionalLong padBefore =
                switch (padding) {
                    case Padding.Explicit(long p) -> OptionalLong.of(p);
                    case Padding.Valid() -> OptionalLong.of(0);
                    case Padding.Same() -> OptionalLong.empty();
                };
        if (shape.sizeKnown()) {
            SizeMath.Axis h = SizeMath.output(shape.height().getAsLong(), kernel, stride, padding, dilation, ceil);
            SizeMath.Axis w = SizeMath.output(shape.width().getAsLong(), kernel, stride, padding, dilation, ceil);
            shape = shape.withSize(h.size(), w.size());
            padBefore = OptionalLong.of(h.padBefore());
        }
        long extent = SizeMath.extent(kernel, dilation);
        long rf = Math.addExact(s.rf(), Math.multiplyExact(extent - 1, s.jump()));
        long jump = Math.multiplyExact(s.jump(), stride);
        OptionalLong pad = s.pad().isPresent() && padBefore.isPresent()
                ? OptionalLong.of(
                        Math.addExact(s.pad().getAsLong(), Math.multiplyExact(padBefore.getAsLong(), s.jump())))
                : OptionalLong.empty();
        return new State(shape, false, rf, jump, pad, Optional.of(id));
    }

    private static State adaptive(Layer.AdaptiveAvgPool a, State s) {
        Shape shape = s.shape();
        boolean identity = shape.sizeKnown()
                && shape.height().getAsLong() == a.height()
                && shape.width().getAsLong() == a.width();
        Shape next = shape.withSize(a.height(), a.width());
        return identity
                ? new State(next, s.global(), s.rf(), s.jump(), s.pad(), s.rfLayer())
                : new State(next, true, 0, 0, OptionalLong.empty(), s.rfLayer());
    }

    private State residual(Layer.Residual r, String id, State s, List<LayerStats> out) {
        State main = walk(r.main(), s, id + ".main.", out);
        State shortcut = r.shortcut().isEmpty() ? s : walk(r.shortcut(), s, id + ".shortcut.", out);
        String where = "layer " + id + " (" + Describe.label(r) + "): ";
        if (main.shape().complete()
                && shortcut.shape().complete()
                && !main.shape().equals(shortcut.shape())) {
            throw new CalcInputException(where + "the main path gives " + main.shape() + " but the shortcut gives "
                    + shortcut.shape() + "; add a downsample conv to the shortcut");
        }
        State merged;
        if (main.global() || shortcut.global()) {
            merged = new State(main.shape(), true, 0, 0, OptionalLong.empty(), main.rfLayer());
        } else {
            if (main.jump() != shortcut.jump()) {
                throw new CalcInputException(where + "the main path has stride " + main.jump()
                        + " but the shortcut has stride " + shortcut.jump());
            }
            long rf;
            OptionalLong pad;
            if (main.pad().isPresent() && shortcut.pad().isPresent()) {
                long pm = main.pad().getAsLong();
                long ps = shortcut.pad().getAsLong();
                long p = Math.max(pm, ps);
                rf = Math.max(main.rf() - pm, shortcut.rf() - ps) + p;
                pad = OptionalLong.of(p);
            } else {
                rf = Math.max(main.rf(), shortcut.rf());
                pad = OptionalLong.empty();
            }
            merged = new State(main.shape(), false, rf, main.jump(), pad, Optional.of(id));
        }
        emit(out, id, Describe.label(r), Costs.none(merged.shape()), merged);
        return merged;
    }
}
