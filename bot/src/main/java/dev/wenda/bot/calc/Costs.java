package dev.wenda.bot.calc;

import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalLong;

/** Params and MACs of single layers, exact (BigInteger), with the formula that produced them. */
final class Costs {
    private Costs() {}

    /** A layer's output shape, params and MACs (empty when channels or sizes are unknown). */
    record Result(Shape output, Optional<BigInteger> params, Optional<BigInteger> macs, String formula) {}

    static Result none(Shape output) {
        return new Result(output, Optional.of(BigInteger.ZERO), Optional.of(BigInteger.ZERO), "");
    }

    /**
     * params = k·k·(C_in/g)·C_out (+ C_out bias) (+ 2·C_out BatchNorm); MACs = H_out·W_out·(C_in/g)·k·k·C_out.
     * A depthwise conv has g = C_in and, unless given, C_out = C_in.
     */
    static Result conv(Layer.Conv c, Shape in, Shape outSize) {
        if (in.channels().isEmpty()) {
            Shape out = new Shape(outSize.height(), outSize.width(), c.outChannels());
            return new Result(out, Optional.empty(), Optional.empty(), "");
        }
        long cin = in.channels().getAsLong();
        if (c.inChannels().isPresent() && c.inChannels().getAsLong() != cin) {
            throw new CalcInputException("expects in_channels " + c.inChannels().getAsLong() + " but gets " + cin);
        }
        long groups = c.depthwise() ? cin : c.groups();
        long cout;
        if (c.outChannels().isPresent()) {
            cout = c.outChannels().getAsLong();
        } else if (c.depthwise()) {
            cout = cin;
        } else {
            throw new CalcInputException(
                    "output channels missing (write e.g. " + c.kernel() + "x" + c.kernel() + "x128)");
        }
        if (cin % groups != 0) {
            throw new CalcInputException("input channels " + cin + " are not divisible by groups " + groups);
        }
        if (cout % groups != 0) {
            throw new CalcInputException("output channels " + cout + " are not divisible by groups " + groups);
        }
        long perGroup = cin / groups;
        String cinTerm = groups == 1 ? Long.toString(cin) : "(" + cin + "/" + groups + ")";
        BigInteger k2 = big(c.kernel()).multiply(big(c.kernel()));
        BigInteger weights = k2.multiply(big(perGroup)).multiply(big(cout));
        BigInteger params = weights;
        StringBuilder pf = new StringBuilder("params = " + c.kernel() + "·" + c.kernel() + "·" + cinTerm + "·" + cout);
        if (c.bias()) {
            params = params.add(big(cout));
            pf.append(" + ").append(cout).append(" (bias)");
        }
        if (c.batchNorm()) {
            params = params.add(big(cout).shiftLeft(1));
            pf.append(" + 2·").append(cout).append(" (BN)");
        }
        pf.append(" = ").append(Humanize.exact(params));
        Shape out = outSize.withChannels(cout);
        if (!outSize.sizeKnown()) {
            return new Result(out, Optional.of(params), Optional.empty(), pf.toString());
        }
        long h = outSize.height().getAsLong();
        long w = outSize.width().getAsLong();
        BigInteger macs =
                big(h).multiply(big(w)).multiply(big(perGroup)).multiply(k2).multiply(big(cout));
        String mf = "MACs = " + h + "·" + w + "·" + cinTerm + "·" + c.kernel() + "·" + c.kernel() + "·" + cout + " = "
                + Humanize.exact(macs);
        return new Result(out, Optional.of(params), Optional.of(macs), pf + "; " + mf);
    }

    /** params = 2·C (gamma and beta); running mean and variance are buffers, not params. */
    static Result batchNorm(Shape in) {
        if (in.channels().isEmpty()) {
            return new Result(in, Optional.empty(), Optional.of(BigInteger.ZERO), "");
        }
        long c = in.channels().getAsLong();
        BigInteger params = big(c).shiftLeft(1);
        return new Result(
                in,
                Optional.of(params),
                Optional.of(BigInteger.ZERO),
                "params = 2·" + c + " = " + Humanize.exact(params));
    }

    /** params = in·out (+ out bias); MACs = in·out. The input is flattened (C·H·W features). */
    static Result linear(Layer.Linear l, Shape in) {
        OptionalLong flat = in.complete()
                ? OptionalLong.of(Math.multiplyExact(
                        Math.multiplyExact(
                                in.channels().getAsLong(), in.height().getAsLong()),
                        in.width().getAsLong()))
                : OptionalLong.empty();
        if (flat.isPresent()
                && l.inFeatures().isPresent()
                && flat.getAsLong() != l.inFeatures().getAsLong()) {
            throw new CalcInputException(
                    "expects in_features " + l.inFeatures().getAsLong() + " but gets " + in + " = " + flat.getAsLong());
        }
        OptionalLong features = flat.isPresent() ? flat : l.inFeatures();
        Shape out = Shape.of(1, 1, l.outFeatures());
        if (features.isEmpty()) {
            return new Result(out, Optional.empty(), Optional.empty(), "");
        }
        long f = features.getAsLong();
        BigInteger macs = big(f).multiply(big(l.outFeatures()));
        BigInteger params = l.bias() ? macs.add(big(l.outFeatures())) : macs;
        String formula = "params = " + f + "·" + l.outFeatures() + (l.bias() ? " + " + l.outFeatures() + " (bias)" : "")
                + " = " + Humanize.exact(params) + "; MACs = " + f + "·" + l.outFeatures() + " = "
                + Humanize.exact(macs);
        return new Result(out, Optional.of(params), Optional.of(macs), formula);
    }

    private static BigInteger big(long v) {
        return BigInteger.valueOf(v);
    }
}
