package dev.wenda.bot.calc;

/** Output-size formulas of PyTorch and TensorFlow, in exact integer arithmetic. */
final class SizeMath {
    private SizeMath() {}

    /** One spatial axis after a layer: its size and the zeros added before the first input pixel. */
    record Axis(long size, long padBefore) {}

    /** The extent a dilated kernel covers: (k - 1)·d + 1. */
    static long extent(long kernel, long dilation) {
        return Math.addExact(Math.multiplyExact(kernel - 1, dilation), 1);
    }

    /**
     * Output size along one axis.
     *
     * <ul>
     *   <li>explicit p: floor((in + 2p − (k−1)·d − 1) / s) + 1; with ceil mode ceil(...) + 1, minus one
     *       when the last window would start in the right padding (PyTorch's rule);
     *   <li>SAME: ceil(in / s), total padding max((out−1)·s + (k−1)·d + 1 − in, 0), the smaller half first;
     *   <li>VALID: floor((in − (k−1)·d − 1) / s) + 1.
     * </ul>
     */
    static Axis output(long in, long kernel, long stride, Padding padding, long dilation, boolean ceilMode) {
        long extent = extent(kernel, dilation);
        return switch (padding) {
            case Padding.Explicit(long p) -> {
                long padded = Math.addExact(in, Math.multiplyExact(2, p));
                long span = padded - extent;
                if (span < 0) {
                    throw new CalcInputException(tooLarge(kernel, dilation, extent)
                            + " is larger than its padded input " + in + (p > 0 ? " + 2·" + p + " = " + padded : ""));
                }
                long out = (ceilMode ? Math.ceilDiv(span, stride) : span / stride) + 1;
                if (ceilMode && Math.multiplyExact(out - 1, stride) >= in + p) {
                    out--;
                }
                yield new Axis(out, p);
            }
            case Padding.Same() -> {
                long out = Math.ceilDiv(in, stride);
                long total = Math.max(Math.multiplyExact(out - 1, stride) + extent - in, 0);
                yield new Axis(out, total / 2);
            }
            case Padding.Valid() -> {
                long span = in - extent;
                if (span < 0) {
                    throw new CalcInputException(
                            tooLarge(kernel, dilation, extent) + " is larger than its input " + in + " (VALID)");
                }
                yield new Axis(span / stride + 1, 0);
            }
        };
    }

    private static String tooLarge(long kernel, long dilation, long extent) {
        return dilation == 1
                ? "kernel " + kernel
                : "kernel " + kernel + " with dilation " + dilation + " (extent " + extent + ")";
    }
}
