package dev.wenda.bot.calc;

import dev.wenda.bot.chat.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options written in a plain question, each as the token it adds to a layer ({@code s2}, {@code p1}
 * or {@code same}, {@code d2}, {@code g4}); empty when the question does not say.
 */
record WrittenOptions(
        Optional<String> stride, Optional<String> padding, Optional<String> dilation, Optional<String> groups) {
    private static final Pattern STRIDE = Pattern.compile("(?:步长|步幅|stride)\\s*(?:都|均)?\\s*(?:为|是|=|:|of)?\\s*(\\d+)");
    private static final Pattern PADDING = Pattern.compile(
            "(?:padding|填充|补零|pad)\\s*(?:都|均)?\\s*(?:为|是|=|:|of)?\\s*(\\d+|same|valid)|(same|valid)\\s*padding");
    private static final Pattern DILATION =
            Pattern.compile("(?:空洞率|膨胀率|扩张率|空洞卷积.{0,4}?率|dilation(?: rate)?)\\s*(?:都|均)?\\s*(?:为|是|=|:|of)?\\s*(\\d+)");
    private static final Pattern GROUPS =
            Pattern.compile("(?:分组数|分组|groups?)\\s*(?:为|是|=|:|of)?\\s*(\\d+)|(\\d+)\\s*(?:组|groups)");

    static final WrittenOptions NONE =
            new WrittenOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    List<String> describe(Messages lang) {
        List<String> out = new ArrayList<>();
        stride.ifPresent(s -> out.add(lang.text("calc.understood.stride", s.substring(1))));
        padding.ifPresent(p -> out.add("padding " + p.replaceFirst("^p", "")));
        dilation.ifPresent(d -> out.add(lang.text("calc.understood.dilation", d.substring(1))));
        return out;
    }

    /** These options, with {@code fallback}'s where these do not say. */
    WrittenOptions or(WrittenOptions fallback) {
        return new WrittenOptions(
                stride.or(fallback::stride),
                padding.or(fallback::padding),
                dilation.or(fallback::dilation),
                groups.or(fallback::groups));
    }

    /** The options written in {@code t}. */
    static WrittenOptions of(String t) {
        Matcher s = STRIDE.matcher(t);
        Matcher p = PADDING.matcher(t);
        Matcher d = DILATION.matcher(t);
        Matcher g = GROUPS.matcher(t);
        Optional<String> padding = Optional.empty();
        if (p.find()) {
            String v = p.group(1) != null ? p.group(1) : p.group(2);
            padding = Optional.of(v.equals("same") || v.equals("valid") ? v : "p" + v);
        }
        Optional<String> groups = Optional.empty();
        if (g.find()) {
            groups = Optional.of("g" + (g.group(1) != null ? g.group(1) : g.group(2)));
        }
        return new WrittenOptions(
                s.find() ? Optional.of("s" + s.group(1)) : Optional.empty(),
                padding,
                d.find() ? Optional.of("d" + d.group(1)) : Optional.empty(),
                groups);
    }

    /** The options written between a mention and the next (or before the first mention, for it). */
    static WrittenOptions of(String t, List<QuestionReader.Mention> mentions, int i) {
        int from = i == 0 ? 0 : mentions.get(i - 1).end();
        int to = i + 1 < mentions.size() ? mentions.get(i + 1).start() : t.length();
        WrittenOptions a = of(t.substring(mentions.get(i).end(), to));
        WrittenOptions b = i == 0 ? of(t.substring(from, mentions.get(i).start())) : NONE;
        return a.or(b);
    }
}
