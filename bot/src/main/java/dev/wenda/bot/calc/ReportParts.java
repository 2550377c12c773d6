package dev.wenda.bot.calc;

import dev.wenda.bot.chat.TextTable;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The language-free parts of calc's reports: the per-layer table, worked formulas and number formats. */
final class ReportParts {
    private static final Pattern MACS_TERM = Pattern.compile("MACs = ([^=]+) =");
    private static final int MAX_EXPANDED_TERMS = 16;

    private ReportParts() {}

    /** The per-layer table; {@code costs} adds params and MACs, {@code sizes} the output column. */
    static String layerTable(StackAnalysis a, boolean costs, boolean sizes) {
        List<String> spec = new ArrayList<>(List.of("#", "<layer"));
        if (sizes) {
            spec.add("output");
        }
        if (costs) {
            spec.addAll(List.of("params", "MACs"));
        }
        spec.addAll(List.of("RF", "jump", "eff.pad"));
        TextTable t = new TextTable(spec.toArray(String[]::new));
        for (LayerStats s : a.layers()) {
            List<String> row = new ArrayList<>(List.of(s.id(), s.label()));
            if (sizes) {
                row.add(s.output().toString());
            }
            if (costs) {
                row.addAll(List.of(num(s.params()), num(s.macs())));
            }
            row.add(
                    s.receptiveField().isPresent()
                            ? Long.toString(s.receptiveField().getAsLong())
                            : "global");
            row.add(opt(s.jump()));
            row.add(opt(s.effectivePadding()));
            t.row(row.toArray(String[]::new));
        }
        return t.render();
    }

    /** "r = 1 + 2·1 + 2·1 = 5" for a plain stack (no residual blocks) of at most 16 windowed layers. */
    static Optional<String> expansion(StackAnalysis a) {
        List<String> terms = new ArrayList<>(List.of("1"));
        long prevRf = 1;
        long prevJump = 1;
        for (LayerStats s : a.layers()) {
            if (s.id().contains(".") || s.receptiveField().isEmpty()) {
                return Optional.empty();
            }
            long rf = s.receptiveField().getAsLong();
            if (rf != prevRf || s.jump().getAsLong() != prevJump) {
                terms.add((rf - prevRf) / prevJump + "·" + prevJump);
            }
            prevRf = rf;
            prevJump = s.jump().getAsLong();
        }
        if (terms.size() > MAX_EXPANDED_TERMS + 1) {
            return Optional.empty();
        }
        return Optional.of("r = " + String.join(" + ", terms) + " = " + prevRf);
    }

    /** "MACs = 24·24·3·3·3·128 + 24·24·128·3·3·128 = 86,925,312". */
    static Optional<String> macsSum(StackAnalysis a) {
        List<String> terms = new ArrayList<>();
        for (LayerStats s : a.layers()) {
            Matcher m = MACS_TERM.matcher(s.formula());
            if (m.find()) {
                terms.add(m.group(1).strip());
            }
        }
        if (terms.isEmpty() || a.macs().isEmpty() || terms.size() > MAX_EXPANDED_TERMS) {
            return Optional.empty();
        }
        return Optional.of("MACs = " + String.join(" + ", terms) + " = "
                + Humanize.exact(a.macs().get()));
    }

    static String labelOf(StackAnalysis a, String id) {
        return a.layers().stream()
                .filter(s -> s.id().equals(id))
                .map(LayerStats::label)
                .reduce((x, y) -> y)
                .orElse(id);
    }

    static String percent(BigInteger part, BigInteger whole) {
        if (whole.signum() == 0) {
            return "-";
        }
        return new BigDecimal(part)
                        .multiply(BigDecimal.valueOf(100))
                        .divide(new BigDecimal(whole), 1, RoundingMode.HALF_UP)
                        .toPlainString()
                + " %";
    }

    static String num(Optional<BigInteger> v) {
        return v.map(Humanize::exact).orElse("?");
    }

    static String opt(OptionalLong v) {
        return v.isPresent() ? Long.toString(v.getAsLong()) : "-";
    }
}
