package dev.wenda.bot.calc;

import static dev.wenda.bot.calc.ReportParts.expansion;
import static dev.wenda.bot.calc.ReportParts.labelOf;
import static dev.wenda.bot.calc.ReportParts.layerTable;
import static dev.wenda.bot.calc.ReportParts.macsSum;
import static dev.wenda.bot.calc.ReportParts.num;
import static dev.wenda.bot.calc.ReportParts.opt;
import static dev.wenda.bot.calc.ReportParts.percent;

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

    static String convention(Lang lang) {
        return lang.pick(
                "约定：MACs 只计卷积和全连接层的乘加（不计偏置加法、BN、激活、池化、残差相加）；FLOPs = 2 × MACs；参数含偏置和 BN 的 γ、β（2·C）。",
                "Convention: MACs count conv and fc multiply-accumulates only (no bias adds, BatchNorm, activations,"
                        + " pooling or residual adds); FLOPs = 2 × MACs; params include biases and BatchNorm γ, β (2·C).");
    }

    public Rendered render(CalcReport report, Lang lang) {
        return switch (report) {
            case CalcReport.Rf r -> rf(r.analysis(), lang);
            case CalcReport.Count c -> count(c.analysis(), lang);
            case CalcReport.Compare c -> compare(c.entries(), lang);
            case CalcReport.Net n -> net(n, false, lang);
        };
    }

    /** A network with its per-layer table when {@code perLayer} is set. */
    public Rendered net(CalcReport.Net n, boolean perLayer, Lang lang) {
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
        String name = n.name().isEmpty() ? lang.pick("网络", "network") : n.name();
        String title = name + ", input " + a.input() + (n.source().isEmpty() ? "" : " — " + n.source());
        String summary = lang.pick(
                name + " 在 " + a.input() + " 输入下有 " + Humanize.exact(a.params().orElseThrow()) + " 个参数、"
                        + Humanize.both(a.macs().orElseThrow()) + " MACs" + rfSentenceZh(a) + "。",
                name + " on a " + a.input() + " input has "
                        + Humanize.exact(a.params().orElseThrow()) + " params and "
                        + Humanize.both(a.macs().orElseThrow()) + " MACs" + rfSentenceEn(a) + ".");
        List<String> formulas = List.of(
                "RF: r_l = r_(l−1) + (k_l − 1)·d_l·j_(l−1), j_l = j_(l−1)·s_l; "
                        + lang.pick("残差块取各路径窗口的并集", "a residual block takes the union of its paths' windows"),
                convention(lang));
        return new Rendered(title, table, formulas, summary);
    }

    private Rendered rf(StackAnalysis a, Lang lang) {
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
            summary = lang.pick("最后一层是全局层，它看到整张输入。", "The last layer is global: it sees the whole input.");
        } else {
            long r = a.receptiveField().getAsLong();
            String pad = a.effectivePadding().isPresent() ? a.effectivePadding().getAsLong() + "" : "?";
            summary = lang.pick(
                    "感受野 " + r + "x" + r + "：每层把感受野扩大 (k−1)·d·j（j 为前面各层步长之积）；等效步长 "
                            + a.effectiveStride().getAsLong() + "，等效填充 " + pad + "。",
                    "Receptive field " + r + "x" + r + ": each layer widens it by (k−1)·d·j (j = product of the earlier"
                            + " strides); effective stride "
                            + a.effectiveStride().getAsLong() + ", effective padding "
                            + pad + ".");
        }
        return new Rendered("", table, formulas, summary);
    }

    private Rendered count(StackAnalysis a, Lang lang) {
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
            return new Rendered(
                    "input " + a.input(),
                    t.render(),
                    formulas,
                    lang.pick(
                            "参数和 MACs 取决于输入的通道数和尺寸，请给出输入尺寸（如 --input 56x56x64）。",
                            "Params and MACs depend on the input's channels and size, so give the input size"
                                    + " (e.g. --input 56x56x64)."));
        }
        BigInteger params = a.params().get();
        if (a.macs().isEmpty()) {
            summary = lang.pick(
                    "共 " + Humanize.exact(params) + " 个参数；MACs 取决于输出大小，请给出输入尺寸（如 56x56x64）。",
                    "In total " + Humanize.exact(params) + " params; MACs depend on the output size, so give the input"
                            + " size (e.g. 56x56x64).");
        } else {
            BigInteger macs = a.macs().get();
            summary = lang.pick(
                    "共 " + Humanize.exact(params) + " 个参数、" + Humanize.both(macs) + " 次乘加（MACs），即 "
                            + Humanize.both(a.flops().orElseThrow()) + " FLOPs；输出 " + a.output() + "。",
                    "In total " + Humanize.exact(params) + " params and " + Humanize.both(macs)
                            + " multiply-accumulates (MACs), i.e. "
                            + Humanize.both(a.flops().orElseThrow())
                            + " FLOPs; output " + a.output() + ".");
        }
        return new Rendered("input " + a.input(), t.render(), formulas, summary);
    }

    private Rendered compare(List<CalcReport.Entry> entries, Lang lang) {
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
                ? lang.pick("方案 1 的计算量最少。", "Stack 1 needs the fewest MACs.")
                : lang.pick(
                        "方案 " + bestIndex + " 的计算量是方案 1 的 "
                                + percent(best.analysis().macs().orElseThrow(), base) + "，少 " + Humanize.exact(saved)
                                + " MACs。",
                        "Stack " + bestIndex + " needs "
                                + percent(best.analysis().macs().orElseThrow(), base) + " of stack 1's MACs, "
                                + Humanize.exact(saved) + " fewer.");
        return new Rendered("input " + entries.get(0).analysis().input(), t.render(), formulas, summary);
    }

    private static String rfSentenceZh(StackAnalysis a) {
        return a.receptiveField().isPresent()
                ? "，" + labelOf(a, a.rfLayer().orElseThrow()) + " 处感受野 "
                        + a.receptiveField().getAsLong()
                : "";
    }

    private static String rfSentenceEn(StackAnalysis a) {
        return a.receptiveField().isPresent()
                ? ", receptive field " + a.receptiveField().getAsLong() + " at "
                        + labelOf(a, a.rfLayer().orElseThrow())
                : "";
    }
}
