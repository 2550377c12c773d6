package dev.wenda.bot.calc;

/** Short human labels for layers, used in tables, JSON and pictures. */
final class Describe {
    private Describe() {}

    static String label(Layer layer) {
        if (!layer.name().isEmpty()) {
            return layer.name();
        }
        return switch (layer) {
            case Layer.Conv c -> conv(c);
            case Layer.Pool p ->
                (p.kind() == Layer.PoolKind.MAX ? "maxpool" : "avgpool")
                        + p.kernel()
                        + (p.stride() == 1 ? "" : " s" + p.stride())
                        + padding(p.padding())
                        + (p.ceilMode() ? " ceil" : "");
            case Layer.AdaptiveAvgPool a -> "adaptive_avgpool →" + a.height() + "x" + a.width();
            case Layer.Linear l -> "fc →" + l.outFeatures() + (l.bias() ? "" : " nobias");
            case Layer.BatchNorm b -> "bn";
            case Layer.Residual r -> "residual add";
        };
    }

    private static String conv(Layer.Conv c) {
        StringBuilder s = new StringBuilder(c.depthwise() ? "dwconv" : "conv");
        s.append(c.kernel()).append('x').append(c.kernel());
        if (c.stride() != 1) {
            s.append(" s").append(c.stride());
        }
        s.append(padding(c.padding()));
        if (c.dilation() != 1) {
            s.append(" d").append(c.dilation());
        }
        if (c.groups() != 1) {
            s.append(" g").append(c.groups());
        }
        c.outChannels().ifPresent(o -> s.append(" →").append(o));
        if (c.batchNorm()) {
            s.append(" +bn");
        }
        return s.toString();
    }

    private static String padding(Padding padding) {
        return switch (padding) {
            case Padding.Explicit(long p) -> p == 0 ? "" : " p" + p;
            case Padding.Same() -> " SAME";
            case Padding.Valid() -> " VALID";
        };
    }
}
