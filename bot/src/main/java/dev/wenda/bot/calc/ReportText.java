package dev.wenda.bot.calc;

import static dev.wenda.bot.calc.ReportParts.expansion;
import static dev.wenda.bot.calc.ReportParts.labelOf;
import static dev.wenda.bot.calc.ReportParts.layerTable;
import static dev.wenda.bot.calc.ReportParts.macsSum;
import static dev.wenda.bot.calc.ReportParts.num;
import static dev.wenda.bot.calc.ReportParts.opt;
import static dev.wenda.bot.calc.ReportParts.percent;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.TextTable;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Renders a report as an aligned table, the formulas used and a one-line explanation. */
public final class ReportText {

    /** A rendered report; {@code table} is monospaced text ending in a newline. */
    public record Rendered(String title, String table, List<String> formulas, String summary) {
        public Rendered {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(table, "table");
            formulas = List.copyOf(formulas);
            Objects.requireNonNull(summary, "summary");
        }

        /** Everything as terminal text: title, table, formulas, summary. */
        public String plain() {
            StringBuilder s = new StringBuilder();
            if (!title.isEmpty()) {
                s.append(title).append("\n\n");
            }
            s.append(table).append('\n');
            formulas.forEach(f -> s.append(f).append('\n'));
            return s.append(summary).append('\n').toString();
        }
    }

    static String convention(Messages lang) {
        return lang.text("calc.convention");
    }

    public Rendered render(CalcReport report, Messages lang) {
        return switch (report) {
            case CalcReport.Rf r -> rf(r.analysis(), lang);
            case CalcReport.Count c -> count(c.analysis(), lang);
            case CalcReport.Compare c -> compare(c.entries(), lang);
            case CalcReport.Net n -> net(n, false, lang);
        };
    }

    /** A network with its per-layer table when {@code perLayer} is set. */
    public Rendered net(CalcReport.Net n, boolean perLayer, Messages lang) {
        StackAnalysis a = n.analysis();
        TextTable t = new TextTable("<quantity", "value", "<exact");
        t.row(
                "params",
                Humanize.si(a.params().orElseThrow()),
                Humanize.exact(a.params().orElseThrow()));
        t.row(
                "MACs",
                Humanize.si(a.macs().orElseThrow()),
                Humanize.exact(a.macs().orElseThrow()));
        t.row(
                "FLOPs (2·MACs)",
                Humanize.si(a.flops().orElseThrow()),
                Humanize.exact(a.flops().orElseThrow()));
        String rfAt = a.rfLayer().map(id -> "at " + labelOf(a, id)).orElse("");
        t.row(
                "receptive field",
                a.receptiveField().isPresent()
                        ? Long.toString(a.receptiveField().getAsLong())
                        : "-",
                rfAt);
        t.row("effective stride", opt(a.effectiveStride()), "");
        t.row("effective padding", opt(a.effectivePadding()), "");
        t.row("output", a.output().toString(), "");
        String table = t.render();
        if (perLayer) {
            table += "\n" + layerTable(a, true, true);
        }
        String name = n.name().isEmpty() ? lang.text("calc.network") : n.name();
        String title = name + ", input " + a.input() + (n.source().isEmpty() ? "" : " — " + n.source());
        String summary = lang.text(
                "calc.net.summary",
                name,
                a.input(),
                Humanize.exact(a.params().orElseThrow()),
                Humanize.both(a.macs().orElseThrow()),
                rfSentence(a, lang));
        List<String> formulas = List.of(
                "RF: r_l = r_(l−1) + (k_l − 1)·d_l·j_(l−1), j_l = j_(l−1)·s_l; " + lang.text("calc.residual"),
                convention(lang));
        return new Rendered(title, table, formulas, summary);
    }

    private Rendered rf(StackAnalysis a, Messages lang) {
        String table = layerTable(a, false, a.input().sizeKnown());
        List<String> formulas = new ArrayList<>();
        formulas.add("r_l = r_(l−1) + (k_l − 1)·d_l·j_(l−1),  j_l = j_(l−1)·s_l,  P_l = P_(l−1) + p_l·j_(l−1)");
        expansion(a).ifPresent(formulas::add);
        if (a.input().sizeKnown()) {
            formulas.add(
                    "out = floor((in + 2p − (k−1)·d − 1)/s) + 1;  SAME: ceil(in/s);  VALID: floor((in − (k−1)·d − 1)/s) + 1");
        }
        String summary;
        if (a.receptiveField().isEmpty()) {
            summary = lang.text("calc.rf.global");
        } else {
            long r = a.receptiveField().getAsLong();
            String pad = a.effectivePadding().isPresent() ? a.effectivePadding().getAsLong() + "" : "?";
            summary = lang.text("calc.rf.summary", r, a.effectiveStride().getAsLong(), pad);
        }
        return new Rendered("", table, formulas, summary);
    }

    private Rendered count(StackAnalysis a, Messages lang) {
        TextTable t = new TextTable("#", "<layer", "output", "params", "MACs");
        for (LayerStats s : a.layers()) {
            t.row(s.id(), s.label(), s.output().toString(), num(s.params()), num(s.macs()));
        }
        t.row("", "total", "", num(a.params()), num(a.macs()));
        List<String> formulas = new ArrayList<>();
        for (LayerStats s : a.layers()) {
            if (!s.formula().isEmpty()) {
                formulas.add(s.id() + ": " + s.formula());
            }
        }
        if (a.layers().size() > 1) {
            macsSum(a).ifPresent(f -> formulas.add("total " + f));
        }
        formulas.add(convention(lang));
        String summary;
        if (a.params().isEmpty()) {
            // A layer whose input channels are unknown (a conv first in the stack, an fc after
            // layers of unknown size): only the shapes can be given.
            return new Rendered("input " + a.input(), t.render(), formulas, lang.text("calc.count.needInput"));
        }
        BigInteger params = a.params().get();
        if (a.macs().isEmpty()) {
            summary = lang.text("calc.count.needSize", Humanize.exact(params));
        } else {
            BigInteger macs = a.macs().get();
            summary = lang.text(
                    "calc.count.summary",
                    Humanize.exact(params),
                    Humanize.both(macs),
                    Humanize.both(a.flops().orElseThrow()),
                    a.output());
        }
        return new Rendered("input " + a.input(), t.render(), formulas, summary);
    }

    private Rendered compare(List<CalcReport.Entry> entries, Messages lang) {
        TextTable t = new TextTable("#", "<stack", "output", "params", "MACs", "MACs vs #1");
        BigInteger base = entries.get(0).analysis().macs().orElseThrow();
        List<String> formulas = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            StackAnalysis a = entries.get(i).analysis();
            BigInteger macs = a.macs().orElseThrow();
            t.row(
                    Integer.toString(i + 1),
                    entries.get(i).text(),
                    a.output().toString(),
                    num(a.params()),
                    num(a.macs()),
                    percent(macs, base));
            String number = "#" + (i + 1) + " ";
            macsSum(a).ifPresent(f -> formulas.add(number + f));
        }
        formulas.add(convention(lang));
        CalcReport.Entry best = entries.get(0);
        for (CalcReport.Entry e : entries) {
            if (e.analysis()
                            .macs()
                            .orElseThrow()
                            .compareTo(best.analysis().macs().orElseThrow())
                    < 0) {
                best = e;
            }
        }
        int bestIndex = entries.indexOf(best) + 1;
        BigInteger saved = base.subtract(best.analysis().macs().orElseThrow());
        String summary = bestIndex == 1
                ? lang.text("calc.compare.firstBest")
                : lang.text(
                        "calc.compare.best",
                        bestIndex,
                        percent(best.analysis().macs().orElseThrow(), base),
                        Humanize.exact(saved));
        return new Rendered("input " + entries.get(0).analysis().input(), t.render(), formulas, summary);
    }

    private static String rfSentence(StackAnalysis a, Messages lang) {
        return a.receptiveField().isPresent()
                ? lang.text(
                        "calc.net.rf",
                        labelOf(a, a.rfLayer().orElseThrow()),
                        a.receptiveField().getAsLong())
                : "";
    }
}
