package dev.wenda.bot.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the short layer syntax of {@code wenda calc} (see {@link CalcSyntax} for the user-facing
 * description). A token is one layer or several joined by commas; options follow the kernel with
 * no spaces: {@code 3x3x128s2p1d2g32 bn nobias}. Convs are padded (k−1)·d/2 per side unless told
 * otherwise (the size-keeping padding of VGG and ResNet); pools are not padded and stride by their
 * kernel, as in PyTorch.
 */
public final class LayerSyntax {
    private static final Pattern CONV = Pattern.compile("(?:conv)?(\\d+)x(\\d+)(?:x(\\d+))?(.*)");
    private static final Pattern DW = Pattern.compile("dw(?:conv)?(\\d+)x(\\d+)(.*)");
    private static final Pattern SEP = Pattern.compile("sep(?:conv)?(\\d+)x(\\d+)x(\\d+)(.*)");
    private static final Pattern POOL = Pattern.compile("(max|avg)?pool(?:ing)?(\\d+)(?:x(\\d+))?(.*)");
    private static final Pattern FC = Pattern.compile("(?:fc|linear)(\\d+)(.*)");
    private static final Pattern GLOBAL = Pattern.compile("gap|globalpool|globalavgpool|avgpool1x1");
    private static final Pattern SKIP = Pattern.compile("relu|relu6|dropout|flatten|identity");
    private static final Pattern OPTION = Pattern.compile(
            "[-_:]?(?:(same)|(valid)|/(\\d+)|s(\\d+)|p(\\d+)|d(\\d+)|g(\\d+)|(dw)|(bn)|(nobias)|(bias)|(ceil))");
    private static final Pattern INPUT = Pattern.compile("(\\d+)(?:x(\\d+))?(?:x(\\d+))?");
    private static final Pattern CHANNELS_ONLY = Pattern.compile("c(\\d+)");

    /** Lower-cases and turns ×, * and X between numbers into x. */
    public static String normalize(String token) {
        return token.strip()
                .toLowerCase(Locale.ROOT)
                .replace('×', 'x')
                .replace('*', 'x')
                .replace('＊', 'x');
    }

    /** Every layer of the given tokens, in order; each token may hold comma-separated layers. */
    public List<Layer> parse(List<String> tokens) {
        List<Layer> layers = new ArrayList<>();
        for (String token : tokens) {
            for (String part : token.split("[,，;]")) {
                if (!part.isBlank()) {
                    layers.addAll(parseOne(part));
                    if (layers.size() > Analyzer.MAX_LAYERS) {
                        throw new CalcInputException(
                                String.format("more than %,d layers (the limit)", Analyzer.MAX_LAYERS));
                    }
                }
            }
        }
        return layers;
    }

    /**
     * An input size: {@code 224} (square), {@code 224x320}, {@code 24x24x3} (H x W x C) or {@code c64}
     * (64 channels, size unknown: params but no MACs).
     */
    public Shape input(String text) {
        Matcher c = CHANNELS_ONLY.matcher(normalize(text));
        if (c.matches()) {
            return new Shape(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.of(number(c.group(1))));
        }
        Matcher m = INPUT.matcher(normalize(text));
        if (!m.matches()) {
            throw new CalcInputException("cannot read input size '" + text.strip() + "' (write e.g. 224 or 24x24x3)");
        }
        try {
            long h = number(m.group(1));
            long w = m.group(2) == null ? h : number(m.group(2));
            return m.group(3) == null ? Shape.spatial(h, w) : Shape.of(h, w, number(m.group(3)));
        } catch (CalcInputException e) {
            throw new CalcInputException("input '" + text.strip() + "': " + e.getMessage());
        }
    }

    private List<Layer> parseOne(String raw) {
        String t = normalize(raw);
        try {
            return parseNormalized(t);
        } catch (CalcInputException e) {
            throw new CalcInputException("layer '" + raw.strip() + "': " + e.getMessage());
        }
    }

    private List<Layer> parseNormalized(String t) {
        if (SKIP.matcher(t).matches()) {
            return List.of();
        }
        if (t.equals("bn")) {
            return List.of(new Layer.BatchNorm(""));
        }
        if (GLOBAL.matcher(t).matches()) {
            return List.of(new Layer.AdaptiveAvgPool("", 1, 1));
        }
        Matcher m;
        if ((m = SEP.matcher(t)).matches()) {
            long k = square(m.group(1), m.group(2));
            Options o = options(m.group(4));
            Options pointwise = new Options(
                    OptionalLong.empty(),
                    Optional.empty(),
                    OptionalLong.empty(),
                    OptionalLong.empty(),
                    false,
                    o.batchNorm(),
                    o.bias(),
                    false);
            return List.of(
                    conv(k, o, OptionalLong.empty(), true),
                    conv(1, pointwise, OptionalLong.of(number(m.group(3))), false));
        }
        if ((m = DW.matcher(t)).matches()) {
            Options o = options(m.group(3));
            return List.of(conv(square(m.group(1), m.group(2)), o, OptionalLong.empty(), true));
        }
        if ((m = POOL.matcher(t)).matches()) {
            long k = m.group(3) == null ? number(m.group(2)) : square(m.group(2), m.group(3));
            Options o = options(m.group(4));
            Layer.PoolKind kind = "avg".equals(m.group(1)) ? Layer.PoolKind.AVG : Layer.PoolKind.MAX;
            return List.of(new Layer.Pool(
                    "", kind, k, o.stride().orElse(k), o.padding().orElse(Padding.of(0)), o.ceil()));
        }
        if ((m = FC.matcher(t)).matches()) {
            Options o = options(m.group(2));
            return List.of(new Layer.Linear(
                    "", OptionalLong.empty(), number(m.group(1)), o.bias().orElse(true)));
        }
        if ((m = CONV.matcher(t)).matches()) {
            Options o = options(m.group(4));
            OptionalLong out = m.group(3) == null ? OptionalLong.empty() : OptionalLong.of(number(m.group(3)));
            return List.of(conv(square(m.group(1), m.group(2)), o, out, o.depthwise()));
        }
        throw new CalcInputException("not a layer (write e.g. 3x3, 3x3x128s2, pool2s2, sep3x3x64, fc1000)");
    }

    private static Layer.Conv conv(long kernel, Options o, OptionalLong out, boolean depthwise) {
        long dilation = o.dilation().orElse(1);
        Padding padding = o.padding().orElseGet(() -> Padding.of((kernel - 1) * dilation / 2));
        return new Layer.Conv(
                "",
                kernel,
                o.stride().orElse(1),
                padding,
                dilation,
                OptionalLong.empty(),
                out,
                o.groups().orElse(1),
                depthwise,
                o.bias().orElse(!o.batchNorm()),
                o.batchNorm());
    }

    private record Options(
            OptionalLong stride,
            Optional<Padding> padding,
            OptionalLong dilation,
            OptionalLong groups,
            boolean depthwise,
            boolean batchNorm,
            Optional<Boolean> bias,
            boolean ceil) {}

    private static Options options(String text) {
        OptionalLong stride = OptionalLong.empty();
        Optional<Padding> padding = Optional.empty();
        OptionalLong dilation = OptionalLong.empty();
        OptionalLong groups = OptionalLong.empty();
        boolean dw = false;
        boolean bn = false;
        Optional<Boolean> bias = Optional.empty();
        boolean ceil = false;
        Matcher m = OPTION.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new CalcInputException(
                        "cannot read '" + text.substring(at)
                                + "' (options: s2 stride, p1 padding, same, valid, d2 dilation, g32 groups, dw, bn, nobias, ceil)");
            }
            if (m.group(1) != null) {
                padding = Optional.of(new Padding.Same());
            } else if (m.group(2) != null) {
                padding = Optional.of(new Padding.Valid());
            } else if (m.group(3) != null || m.group(4) != null) {
                stride = OptionalLong.of(number(m.group(3) != null ? m.group(3) : m.group(4)));
            } else if (m.group(5) != null) {
                padding = Optional.of(Padding.of(number(m.group(5))));
            } else if (m.group(6) != null) {
                dilation = OptionalLong.of(number(m.group(6)));
            } else if (m.group(7) != null) {
                groups = OptionalLong.of(number(m.group(7)));
            } else if (m.group(8) != null) {
                dw = true;
            } else if (m.group(9) != null) {
                bn = true;
            } else if (m.group(10) != null) {
                bias = Optional.of(false);
            } else if (m.group(11) != null) {
                bias = Optional.of(true);
            } else {
                ceil = true;
            }
            at = m.end();
        }
        return new Options(stride, padding, dilation, groups, dw, bn, bias, ceil);
    }

    private static long square(String a, String b) {
        long k1 = number(a);
        long k2 = number(b);
        if (k1 != k2) {
            throw new CalcInputException("non-square kernel " + k1 + "x" + k2 + " is not supported");
        }
        return k1;
    }

    /** Digits as a number; the layer and shape constructors check the lower bounds with named messages. */
    private static long number(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        long value = trimmed.length() > 10 ? Long.MAX_VALUE : Long.parseLong(trimmed);
        if (value > Checks.MAX_VALUE) {
            throw new CalcInputException("number " + digits + " is too large (at most 1,000,000,000)");
        }
        return value;
    }
}
