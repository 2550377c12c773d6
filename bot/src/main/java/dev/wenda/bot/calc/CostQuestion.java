package dev.wenda.bot.calc;

import dev.wenda.bot.chat.Messages;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the params / MACs part of a plain question: channels, bias, BatchNorm, depthwise, a 1x1 reduction. */
final class CostQuestion {
    private static final Pattern FROM_TO = Pattern.compile(
            "(?:from\\s+)?(\\d+)\\s*(?:input\\s+)?(?:channels?\\s*)?(?:to|->|→)\\s*(\\d+)\\s*(?:output\\s+)?channels?"
                    + "|(\\d+)\\s*(?:个)?通道\\s*(?:到|变为|变成|变到|→|->|降到|降为|升到|升为)\\s*(\\d+)");
    private static final Pattern IN_CH = Pattern.compile(
            "(?:in(?:put)?[ _]channels?|输入通道数?)\\s*(?:为|是|=|:|of)?\\s*(\\d+)|(\\d+)\\s*(?:个)?(?:input channels|输入通道)"
                    + "|输入\\s*(\\d+)\\s*(?:个)?通道");
    private static final Pattern OUT_CH = Pattern.compile(
            "(?:out(?:put)?[ _]channels?|输出通道数?)\\s*(?:为|是|=|:|of)?\\s*(\\d+)|(\\d+)\\s*(?:个)?(?:output channels|输出通道)"
                    + "|输出\\s*(\\d+)\\s*(?:个)?通道|(?:降到|降为|降维到|减少到|压缩到|升到|升维到|reduce[sd]? (?:it )?to|down to)\\s*(\\d+)");
    private static final Pattern BOTH_CH = Pattern.compile("(\\d+)\\s*(?:input and output channels|个?输入输出通道)");
    private static final Pattern SAVING = Pattern.compile("省|节省|减少了?多少|save|saving|reduc");
    private static final Pattern NOBIAS =
            Pattern.compile("不带偏置|无偏置|不含偏置|没有偏置|不加偏置|no bias|without bias|bias ?= ?false");
    private static final Pattern BN = Pattern.compile("带bn|加bn|接bn|\\+ ?bn|with bn|batch ?norm|批归一化");
    private static final Pattern SEPARABLE = Pattern.compile("深度可分离|depthwise[- ]separable|separable");
    private static final Pattern DEPTHWISE = Pattern.compile("深度卷积|逐通道卷积|depthwise|dw卷积|\\bdw\\b");

    private CostQuestion() {}

    static QuestionReader.Reading read(
            QuestionReader.Intent intent,
            String t,
            List<QuestionReader.Mention> mentions,
            Optional<QuestionReader.Spatial> input,
            Messages lang) {
        List<String> understood = QuestionReader.describe(mentions, lang);
        if (QuestionReader.distinct(mentions) > 1) {
            return QuestionReader.partial(
                    intent,
                    lang,
                    understood,
                    lang.text("calc.missing.stacks"),
                    "compare --input 24x24x3 \"3x3x128,3x3x128\" \"3x3x128,1x1x64,3x3x128\"");
        }
        QuestionReader.Mention mention = mentions.get(0);
        boolean separable = SEPARABLE.matcher(t).find();
        boolean depthwise = !separable && DEPTHWISE.matcher(t).find();
        WrittenOptions o = WrittenOptions.of(t);
        OptionalLong cin = input.flatMap(
                        s -> s.channels().isPresent() ? Optional.of(s.channels().getAsLong()) : Optional.empty())
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
        OptionalLong cout = mention.channels();
        Matcher both = BOTH_CH.matcher(t);
        Matcher fromTo = FROM_TO.matcher(t);
        if (both.find()) {
            cin = OptionalLong.of(QuestionReader.digits(both.group(1)));
            cout = cin;
        } else if (fromTo.find()) {
            cin = OptionalLong.of(QuestionReader.digits(fromTo.group(1) != null ? fromTo.group(1) : fromTo.group(3)));
            cout = OptionalLong.of(QuestionReader.digits(fromTo.group(2) != null ? fromTo.group(2) : fromTo.group(4)));
        } else {
            cin = cin.isPresent() ? cin : first(IN_CH.matcher(t));
            cout = cout.isPresent() ? cout : first(OUT_CH.matcher(t));
        }
        if (depthwise && cout.isEmpty()) {
            cout = cin;
        }
        cin.ifPresent(c -> understood.add(lang.text("calc.understood.cin", c)));
        cout.ifPresent(c -> understood.add(lang.text("calc.understood.cout", c)));
        input.ifPresent(s -> understood.add(lang.text("calc.understood.input", s.height(), s.width())));
        String layer = mention.kernel() + "x" + mention.kernel();
        String example =
                "conv 56x56x64 " + (separable ? "sep" + layer + "x128" : depthwise ? layer + "dw" : layer + "x128");
        if (cin.isEmpty() || cout.isEmpty()) {
            return QuestionReader.partial(intent, lang, understood, lang.text("calc.missing.channels"), example);
        }
        if (intent == QuestionReader.Intent.MACS && input.isEmpty()) {
            return QuestionReader.partial(intent, lang, understood, lang.text("calc.missing.inputHw"), example);
        }
        List<String> notes = new ArrayList<>();
        if (o.padding().isEmpty() && mention.kernel() > 1 && input.isPresent()) {
            notes.add(lang.text("calc.note.sizeKeepingPadding"));
        }
        String bias = NOBIAS.matcher(t).find() ? "nobias" : "";
        String bn = BN.matcher(t).find() ? "bn" : "";
        if (bias.isEmpty() && bn.isEmpty() && intent == QuestionReader.Intent.PARAMS) {
            notes.add(lang.text("calc.note.bias"));
        }
        String opts = o.stride().orElse("")
                + o.padding().orElse("")
                + o.dilation().orElse("")
                + o.groups().orElse("")
                + bn
                + bias;
        StringBuilder e = new StringBuilder("conv ");
        e.append(
                input.isPresent()
                        ? input.get().height() + "x" + input.get().width() + "x" + cin.getAsLong()
                        : "c" + cin.getAsLong());
        for (int i = 0; i < mention.count(); i++) {
            if (separable) {
                e.append(" sep")
                        .append(layer)
                        .append('x')
                        .append(cout.getAsLong())
                        .append(opts);
            } else if (depthwise) {
                e.append(' ').append(layer).append("dw").append(opts);
            } else {
                e.append(' ').append(layer).append('x').append(cout.getAsLong()).append(opts);
            }
        }
        if (SAVING.matcher(t).find() && cout.getAsLong() < cin.getAsLong() && mention.kernel() == 1) {
            notes.add(lang.text(
                    "calc.note.reduction",
                    cin.getAsLong(),
                    cout.getAsLong(),
                    ReportParts.percent(BigInteger.valueOf(cout.getAsLong()), BigInteger.valueOf(cin.getAsLong()))));
        }
        return new QuestionReader.Reading.Understood(intent, e.toString(), notes);
    }

    private static OptionalLong first(Matcher m) {
        if (!m.find()) {
            return OptionalLong.empty();
        }
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return OptionalLong.of(QuestionReader.digits(m.group(i)));
            }
        }
        return OptionalLong.empty();
    }
}
