package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.fuzz.Hostile;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Fuzzes the calc parser through its chat entry points, {@link NumericQuestions#calc} and {@link
 * NumericQuestions#answer}: 100,000 generated inputs per property.
 */
class CalcChatFuzzTest {
    private static final List<Locale> LOCALES = List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE, Locale.US);
    private static final List<String> CALC_WORDS = List.of(
            "rf",
            "conv",
            "compare",
            "net",
            "help",
            "--input",
            "--json",
            "-i",
            "--input=",
            "--layers",
            "--x",
            "3x3",
            "3x3x128",
            "1x1x64",
            "7x7s2p3",
            "3x3s2",
            "3x3d2",
            "3x3g32",
            "3x3dw",
            "sep3x3x256",
            "dw3x3",
            "pool2",
            "maxpool3s2p1",
            "avgpool2",
            "gap",
            "fc10",
            "bn",
            "relu",
            "nobias",
            "same",
            "valid",
            "ceil",
            "224",
            "24x24x3",
            "56x56x64",
            "c64",
            "0",
            "0x0",
            "99999999999",
            "1000000001",
            "3x3x0",
            "vgg16",
            "resnet50",
            "alexnet",
            "mobilenet_v2",
            "3*3",
            "3×3",
            "３ｘ３",
            ",",
            "，",
            "\"",
            "'",
            "“",
            "”",
            " ",
            "  ",
            "\t",
            "\n");
    private static final List<String> VALID_LAYERS =
            List.of("3x3", "3x3s2", "pool2", "7x7s2p3", "3x3d2", "1x1", "maxpool3s2p1");

    /** Digits of any script, Chinese numerals and network names: what a computed answer needs. */
    private static final Pattern NUMBERS = Pattern.compile(
            "[\\p{Nd}\\p{No}\\p{Nl}零〇一二两三四五六七八九十百千万亿]|(?i:vgg|alex|resnet|mobile|dense|inception|efficient|google)");

    private final NumericQuestions questions = new NumericQuestions(new Calc());

    @Property(tries = 100_000)
    @Label("/calc expressions and plain questions: no exception, replies within contract, garbage never gives a number")
    void calcAndQuestions_stayInContract(@ForAll("inputs") Input input) {
        switch (input.kind()) {
            case EXPRESSION -> expression(input.text(), input.locale());
            case GARBAGE_STACK -> garbageStack(input.text(), input.garbage(), input.locale());
            case QUESTION -> question(input.text(), input.locale());
        }
    }

    /** Any /calc text: a reply with text; an error is one private line and computes nothing. */
    private void expression(String expression, Locale locale) {
        Reply reply = questions.calc(expression, locale);
        assertFalse(reply.markdown().isBlank(), expression);
        if (reply.markdown().startsWith("calc: ")) {
            String error = reply.markdown().lines().findFirst().orElseThrow();
            assertEquals(2, reply.markdown().lines().count(), () -> "error is not one line: " + reply.markdown());
            assertTrue(error.length() > "calc: ".length(), error);
            assertTrue(reply.ephemeral(), error);
            assertEquals(List.of(), reply.fields(), error);
            assertEquals(Optional.empty(), reply.attachment(), error);
        }
    }

    /** A stack with one garbage token fails with one line naming that token, never with a number. */
    private void garbageStack(String expression, String garbage, Locale locale) {
        Reply reply = questions.calc(expression, locale);
        String error = reply.markdown().lines().findFirst().orElseThrow();
        assertTrue(
                error.startsWith("calc: layer '" + UserText.quote(garbage, 300) + "'"),
                () -> expression + " -> " + reply.markdown());
        assertEquals(List.of(), reply.fields(), error);
    }

    /** A plain question: empty or a reply with text; without any digit or network name nothing is computed. */
    private void question(String question, Locale locale) {
        Optional<Reply> reply = questions.answer(question, locale);
        reply.ifPresent(r -> assertFalse(r.markdown().isBlank(), question));
        if (!NUMBERS.matcher(question).find()) {
            reply.ifPresent(r -> assertEquals(List.of(), r.fields(), () -> question + " -> " + r.markdown()));
        }
    }

    @Example
    @Label("a kernel of 23 digits in a question is not computed (it used to throw NumberFormatException)")
    void answer_hugeKernel_isRefusedWithAMessage() {
        Reply reply = questions
                .answer("3x99999999999999999999993 卷积的感受野是多少", Locale.SIMPLIFIED_CHINESE)
                .orElseThrow();
        assertEquals("没有完全看懂", reply.title());
        assertEquals(
                List.of("这像是一道数值题，但信息不全，我不猜数字。", "理解到：3x9223372036854775807 卷积", "还需要：层数或方形卷积核"),
                reply.markdown().lines().limit(3).toList());
        assertEquals(List.of(), reply.fields());
    }

    enum Kind {
        EXPRESSION,
        GARBAGE_STACK,
        QUESTION
    }

    /** A generated input; {@code garbage} is the bad token of a {@link Kind#GARBAGE_STACK}. */
    record Input(Kind kind, String text, String garbage, Locale locale) {}

    @Provide
    Arbitrary<Input> inputs() {
        return Arbitraries.randomValue(random -> {
            Locale locale = LOCALES.get(random.nextInt(LOCALES.size()));
            return switch (random.nextInt(3)) {
                case 0 ->
                    new Input(
                            Kind.EXPRESSION,
                            random.nextInt(3) == 0 ? Hostile.text(random) : calcLike(random),
                            "",
                            locale);
                case 1 -> {
                    StringBuilder garbage = new StringBuilder("q");
                    Hostile.pieces(random, 3)
                            .codePoints()
                            .filter(cp -> !Character.isWhitespace(cp) && ",，;\"'“”".indexOf(cp) < 0)
                            .forEach(garbage::appendCodePoint);
                    String expression = "rf " + layers(random) + " " + garbage + " " + layers(random);
                    yield new Input(Kind.GARBAGE_STACK, expression, garbage.toString(), locale);
                }
                default -> {
                    String text = Hostile.text(random);
                    yield new Input(
                            Kind.QUESTION,
                            random.nextInt(3) == 0 ? NUMBERS.matcher(text).replaceAll("") : text,
                            "",
                            locale);
                }
            };
        });
    }

    private static String layers(Random random) {
        StringBuilder out = new StringBuilder();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            out.append(i == 0 ? "" : " ").append(VALID_LAYERS.get(random.nextInt(VALID_LAYERS.size())));
        }
        return out.toString();
    }

    private static String calcLike(Random random) {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(8);
        for (int i = 0; i < n; i++) {
            if (i > 0 && random.nextInt(4) != 0) {
                out.append(' ');
            }
            out.append(
                    random.nextInt(6) == 0
                            ? Hostile.pieces(random, 2)
                            : CALC_WORDS.get(random.nextInt(CALC_WORDS.size())));
        }
        return out.toString();
    }
}
