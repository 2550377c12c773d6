package dev.wenda.bot.calc;

import dev.wenda.bot.chat.Messages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a plain numeric question into a calc expression, or says it is not numeric, or says what
 * it understood when something needed is missing. It prefers "not understood" to a guess: every
 * assumption it makes is stated in a note.
 */
final class QuestionReader {
    enum Intent {
        RF,
        PARAMS,
        MACS,
        OUTPUT
    }

    /** What a question was read as. */
    sealed interface Reading {
        record NotNumeric() implements Reading {}

        /** A complete expression; {@code notes} state assumptions, in the reply's language. */
        record Understood(Intent intent, String expression, List<String> notes) implements Reading {
            public Understood {
                Objects.requireNonNull(intent, "intent");
                Objects.requireNonNull(expression, "expression");
                notes = List.copyOf(notes);
            }
        }

        /** Numeric, but something is missing or ambiguous: what was understood and an example. */
        record Partial(Intent intent, List<String> understood, String missing, String example) implements Reading {
            public Partial {
                Objects.requireNonNull(intent, "intent");
                understood = List.copyOf(understood);
                Objects.requireNonNull(missing, "missing");
                Objects.requireNonNull(example, "example");
            }
        }
    }

    private static final Pattern RF = Pattern.compile("感受野|receptive field|\\brf\\b");
    private static final Pattern PARAMS = Pattern.compile("参数|\\bparam|\\bweights\\b");
    private static final Pattern MACS = Pattern.compile(
            "计算量|运算量|乘加|乘法|计算成本|计算开销|\\bmacs?\\b|\\bflops?\\b|\\bgflops\\b|computation|compute cost|multiply[- ]add");
    private static final Pattern OUTPUT = Pattern.compile(
            "输出的?(?:大小|尺寸|维度|形状|特征图|分辨率)|输出多大|输出是多少|多大的?输出|output (?:size|shape|dimension|resolution|feature map)"
                    + "|feature map size|size of the output");
    private static final Pattern CONCEPT =
            Pattern.compile("为什么|为何|作用|优势|优点|缺点|好处|区别|原理|意义|含义|怎么理解|如何理解|\\bwhy\\b|advantage|benefit|difference"
                    + "|purpose|explain|intuition|meaning|\\bpros\\b|\\bcons\\b"
                    + "|吗|是否|能否|能不能|可不可以|\\bcan\\b|\\bdoes\\b|\\bdo\\b|\\bshould\\b|\\bis it\\b");
    private static final Pattern QUANTITY =
            Pattern.compile("多少|几|多大|how many|how much|how large|how big|calculate|compute|=");
    private static final Pattern NET = Pattern.compile(
            "\\b(vgg[- ]?\\d*|alexnet|resnet[- ]?\\d*|mobilenet[- ]?(?:v?\\d)?|densenet[- ]?\\d*|inception[- ]?v?\\d*"
                    + "|efficientnet[- ]?b?\\d*|googlenet)(?![a-z0-9])");
    private static final String COUNT_WORD =
            "\\d{1,4}(?=\\s*(?:个|层|次|组|\\s))|[一二两三四五六七八九十]+|one|two|three|four|five|six|seven|eight|nine|ten|a|an|single";
    private static final Pattern MENTION = Pattern.compile("(?:(" + COUNT_WORD + ")\\s*(?:个|层|次|组)?\\s*"
            + "(?:(?:layers?|convs?|convolutions?) of\\s+)?(?:连续|堆叠|串联|stacked|consecutive|successive)?的?\\s*)?"
            + "(?<![\\dx.])(\\d+)x(\\d+)(?:x(\\d+))?(?![\\dx])");
    private static final Pattern INPUT_BEFORE = Pattern.compile(
            "(?:输入|input|图像|图片|image|feature map|特征图|大小|尺寸|size|分辨率|resolution|on a|on an)[^0-9]{0,8}$");
    private static final Pattern INPUT_AFTER =
            Pattern.compile("^\\s*(?:的)?\\s*(?:输入|图像|图片|特征图|input|image|feature map|inputs)");
    private static final Pattern POOL_AFTER =
            Pattern.compile("^\\s*(?:的)?\\s*(?:最大|平均)?(?:池化|max ?pool|avg ?pool|pool)");
    private static final Pattern CONV_AFTER = Pattern.compile("^\\s*(?:的)?\\s*(?:深度|分组)?(?:卷积|conv|kernel|filter|核)");
    private static final Pattern POOL_BEFORE = Pattern.compile("(?:池化|pool|pooling)\\s*(?:层|layer)?\\s*$");
    private static final Pattern SIZE_BEFORE_INPUT = Pattern.compile(
            "(?<![\\dx])(\\d{1,5})\\s*(?:的)?\\s*(?:input|输入|image|图像|图片)(?![^0-9]{0,25}(?:channels?|通道))");
    private static final Pattern SIZE_AFTER_INPUT = Pattern.compile(
            "(?:输入|input)(?:(?!通道|channel)[^0-9]){0,10}?(\\d{1,5})(?![\\dx])(?![^0-9]{0,25}(?:channels?|通道))");
    private static final Pattern MULTI =
            Pattern.compile("和|与|还是|或者?|比|一样|相同|\\band\\b|\\bor\\b|\\bvs\\.?|versus|than|same as|equal");
    private static final Pattern ALL = Pattern.compile("都|均|each|all|every|每");

    /** A kernel written in the question; {@code start}/{@code end} locate it for its options. */
    record Mention(int count, long kernel, OptionalLong channels, boolean pool, int start, int end) {
        boolean sameLayer(Mention o) {
            return kernel == o.kernel && pool == o.pool && channels.equals(o.channels);
        }
    }

    record Spatial(long height, long width, OptionalLong channels) {}

    /**
     * Reads a question. A question that does not ask for a quantity (多少, how many...) and cannot
     * be fully understood is left to the bank: "1x1卷积能减少参数吗" is not a calc request.
     */
    Reading read(String question, Messages lang) {
        Reading reading = readAll(question, lang);
        if (reading instanceof Reading.Partial
                && !QUANTITY.matcher(QuestionWords.normalize(question)).find()) {
            return new Reading.NotNumeric();
        }
        return reading;
    }

    private Reading readAll(String question, Messages lang) {
        String t = QuestionWords.normalize(question);
        Set<Intent> intents = EnumSet.noneOf(Intent.class);
        if (RF.matcher(t).find()) {
            intents.add(Intent.RF);
        }
        if (OUTPUT.matcher(t).find()) {
            intents.add(Intent.OUTPUT);
        }
        if (MACS.matcher(t).find()) {
            intents.add(Intent.MACS);
        }
        if (PARAMS.matcher(t).find()) {
            intents.add(Intent.PARAMS);
        }
        if (intents.isEmpty()
                || (CONCEPT.matcher(t).find() && !QUANTITY.matcher(t).find())) {
            return new Reading.NotNumeric();
        }
        Intent intent = intents.iterator().next();
        Matcher net = NET.matcher(t);
        if (net.find()) {
            return network(net.group(1), intent, lang);
        }
        List<Mention> mentions = new ArrayList<>();
        Optional<Spatial> input = Optional.empty();
        Matcher m = MENTION.matcher(t);
        while (m.find()) {
            long a = digits(m.group(2));
            long b = digits(m.group(3));
            OptionalLong third = m.group(4) == null ? OptionalLong.empty() : OptionalLong.of(digits(m.group(4)));
            String before = t.substring(0, m.start(2));
            String after = t.substring(m.end());
            boolean inputLike = INPUT_BEFORE.matcher(before).find()
                    || INPUT_AFTER.matcher(after).find();
            boolean pool = POOL_AFTER.matcher(after).find()
                    || POOL_BEFORE.matcher(before).find();
            boolean article =
                    m.group(1) == null || m.group(1).equals("a") || m.group(1).equals("an");
            boolean conv = CONV_AFTER.matcher(after).find();
            if ((inputLike || a > 11) && input.isEmpty() && article && !pool && !conv) {
                input = Optional.of(new Spatial(a, b, third));
                continue;
            }
            OptionalInt count = m.group(1) == null ? OptionalInt.of(1) : QuestionWords.count(m.group(1));
            if (count.isEmpty() || count.getAsInt() < 1 || count.getAsInt() > Analyzer.MAX_LAYERS || a != b) {
                return partial(
                        intent,
                        lang,
                        List.of(kernelText(a, b, lang)),
                        lang.text("calc.missing.kernel"),
                        "rf 3x3 3x3 3x3");
            }
            mentions.add(new Mention(count.getAsInt(), a, third, pool, m.start(), m.end()));
        }
        if (input.isEmpty()) {
            input = sizeOnly(t);
        }
        if (mentions.isEmpty()) {
            return new Reading.NotNumeric();
        }
        return switch (intent) {
            case RF, OUTPUT -> window(intent, t, mentions, input, lang);
            case PARAMS, MACS -> CostQuestion.read(intent, t, mentions, input, lang);
        };
    }

    private static Reading network(String spelled, Intent intent, Messages lang) {
        Optional<String> name = NetworkCatalog.canonical(spelled);
        if (name.isEmpty()) {
            return partial(
                    intent,
                    lang,
                    List.of(lang.text("calc.understood.network", spelled)),
                    lang.text("calc.missing.network", "vgg16, alexnet, resnet18, resnet50, mobilenet_v1, mobilenet_v2"),
                    "net resnet50");
        }
        return new Reading.Understood(intent, "net " + name.get(), List.of());
    }

    private Reading window(Intent intent, String t, List<Mention> mentions, Optional<Spatial> input, Messages lang) {
        List<String> understood = describe(mentions, lang);
        if (distinct(mentions) > 1 && MULTI.matcher(t).find()) {
            return partial(intent, lang, understood, lang.text("calc.missing.stackOrCompare"), "rf 3x3 3x3  /  rf 5x5");
        }
        List<String> notes = new ArrayList<>();
        WrittenOptions global = WrittenOptions.of(t);
        if (intent == Intent.OUTPUT && input.isEmpty()) {
            understood.addAll(global.describe(lang));
            return partial(intent, lang, understood, lang.text("calc.missing.input"), "rf 3x3s2p1 --input 224");
        }
        boolean forAll = mentions.size() == 1 || ALL.matcher(t).find();
        if (intent == Intent.OUTPUT && global.padding().isEmpty()) {
            notes.add(lang.text("calc.note.padding0"));
        }
        StringBuilder e = new StringBuilder("rf");
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            WrittenOptions o = forAll ? global : WrittenOptions.of(t, mentions, i);
            String padding = o.padding().orElse(intent == Intent.OUTPUT ? "p0" : "");
            String stride = o.stride().orElse("");
            String token = mention.pool()
                    ? "pool" + mention.kernel() + stride + padding
                    : mention.kernel() + "x" + mention.kernel() + stride + padding
                            + o.dilation().orElse("");
            for (int c = 0; c < mention.count(); c++) {
                e.append(' ').append(token);
            }
        }
        input.ifPresent(
                s -> e.append(" --input ").append(s.height()).append('x').append(s.width()));
        return new Reading.Understood(intent, e.toString(), notes);
    }

    private static Optional<Spatial> sizeOnly(String t) {
        Matcher after = SIZE_BEFORE_INPUT.matcher(t);
        if (after.find()) {
            long v = digits(after.group(1));
            return Optional.of(new Spatial(v, v, OptionalLong.empty()));
        }
        Matcher m = SIZE_AFTER_INPUT.matcher(t);
        if (m.find()) {
            long v = digits(m.group(1));
            return Optional.of(new Spatial(v, v, OptionalLong.empty()));
        }
        return Optional.empty();
    }

    static long distinct(List<Mention> mentions) {
        List<Mention> kinds = new ArrayList<>();
        for (Mention m : mentions) {
            if (kinds.stream().noneMatch(m::sameLayer)) {
                kinds.add(m);
            }
        }
        return kinds.size();
    }

    static List<String> describe(List<Mention> mentions, Messages lang) {
        List<String> out = new ArrayList<>();
        for (Mention m : mentions) {
            out.add(lang.text(m.pool() ? "calc.understood.pools" : "calc.understood.convs", m.count(), m.kernel()));
        }
        return out;
    }

    private static String kernelText(long a, long b, Messages lang) {
        return lang.text("calc.understood.kernel", a, b);
    }

    static Reading partial(Intent intent, Messages lang, List<String> understood, String missing, String example) {
        return new Reading.Partial(intent, understood, missing, example);
    }

    /**
     * Digits as a number; more than 18 digits saturate at {@link Long#MAX_VALUE}, which the calc
     * checks then reject as too large with a message (rather than an overflow exception).
     */
    static long digits(String digits) {
        String trimmed = digits.replaceFirst("^0+(?=\\d)", "");
        return trimmed.length() > 18 ? Long.MAX_VALUE : Long.parseLong(trimmed);
    }
}
