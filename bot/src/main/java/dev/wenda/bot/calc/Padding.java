package dev.wenda.bot.calc;

/** How a conv or pool pads its input: explicit pixels per side (PyTorch), or TF {@code SAME}/{@code VALID}. */
public sealed interface Padding {
    /** {@code pixels} zeros on each side. */
    record Explicit(long pixels) implements Padding {
        public Explicit {
            if (pixels < 0) {
                throw new CalcInputException("padding must be >= 0, was " + pixels);
            }
        }

        @Override
        public String toString() {
            return Long.toString(pixels);
        }
    }

    /** TF SAME: output = ceil(input / stride); the extra pixel of an odd total goes to the end. */
    record Same() implements Padding {
        @Override
        public String toString() {
            return "SAME";
        }
    }

    /** TF VALID: no padding. */
    record Valid() implements Padding {
        @Override
        public String toString() {
            return "VALID";
        }
    }

    static Padding of(long pixels) {
        return new Explicit(pixels);
    }
}
