package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.fuzz.Hostile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Fuzzes the typed-answer reader: 100,000 generated inputs per property. */
class AnswerParserFuzzTest {
    /** Longest plain rendering of an accepted number; the answers table stores at most 400 characters. */
    private static final int MAX_PLAIN = 2 * AnswerParser.MAX_DIGITS + 2;

    @Property(tries = 100_000)
    @Label("any text: no exception; a formatted long reads back as that long; with a stray character it is no answer")
    void typedAnswer_staysInContract(@ForAll("typed") Typed typed) {
        Optional<BigDecimal> number = AnswerParser.number(typed.text());
        number.ifPresent(n -> assertTrue(n.toPlainString().length() <= MAX_PLAIN, () -> "too long: " + n));
        OptionalInt letter = AnswerParser.optionLetter(typed.text(), 4);
        letter.ifPresent(i -> assertTrue(i >= 0 && i < 4));
        switch (typed.kind()) {
            case HOSTILE -> {}
            case FORMATTED ->
                assertEquals(Optional.of(BigDecimal.valueOf(typed.value()).stripTrailingZeros()), number, typed.text());
            case GARBLED -> assertEquals(Optional.empty(), number, typed.text());
        }
    }

    @Example
    @Label(
            "an exponent beyond int range or a 500-digit number is not an answer (they used to throw or overflow the store)")
    void hugeNumbers_areNotAnswers() {
        assertEquals(Optional.empty(), AnswerParser.number("1e2147483648"));
        assertEquals(Optional.empty(), AnswerParser.number("1e99999"));
        assertEquals(Optional.empty(), AnswerParser.number("1".repeat(500)));
        assertEquals(Optional.empty(), AnswerParser.number("0." + "0".repeat(60) + "1"));
        assertEquals(Optional.of(new BigDecimal("1E+39")), AnswerParser.number("1e39"));
    }

    enum Kind {
        /** Any chat text. */
        HOSTILE,
        /** A long rendered in one of the supported formats. */
        FORMATTED,
        /** A formatted long with a stray character inserted somewhere. */
        GARBLED
    }

    /** A generated input, what kind it is and, for formatted numbers, the value written. */
    record Typed(Kind kind, String text, long value) {}

    private static final List<String> APPROX = List.of("", "约", "大约", "≈", "~", "about ");
    private static final List<String> GARBAGE =
            List.of("x", "q", "z", "?", "#", "/", "$", "@", "!", "（", "ｘ", "元", "<@123>", "\uD83D\uDE00", "..", "--");

    @Provide
    Arbitrary<Typed> typed() {
        return Arbitraries.randomValue(random -> {
            int kind = random.nextInt(3);
            if (kind == 0) {
                return new Typed(Kind.HOSTILE, Hostile.text(random), 0);
            }
            long value =
                    switch (random.nextInt(10)) {
                        case 0, 1, 2, 3, 4 -> random.nextLong(-100_000, 100_001);
                        case 5, 6, 7 -> random.nextLong(-10_000_000_000L, 10_000_000_001L);
                        default -> random.nextLong();
                    };
            String text = render(value, random.nextInt(10), APPROX.get(random.nextInt(APPROX.size())));
            if (kind == 1) {
                return new Typed(Kind.FORMATTED, text, value);
            }
            int at = text.offsetByCodePoints(0, random.nextInt(text.codePointCount(0, text.length()) + 1));
            String garbage = GARBAGE.get(random.nextInt(GARBAGE.size()));
            return new Typed(Kind.GARBLED, text.substring(0, at) + garbage + text.substring(at), value);
        });
    }

    private static String render(long value, int style, String approx) {
        String sign = value < 0 ? "-" : "";
        String digits = value == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(value));
        String body =
                switch (style) {
                    case 0 -> digits;
                    case 1 -> grouped(digits, ",");
                    case 2 -> grouped(digits, " ");
                    case 3 -> fullWidth(grouped(digits, "，"));
                    case 4 -> fullWidth(digits);
                    case 5 -> scaled(digits, 3, new String[] {"K", "k", "千"});
                    case 6 -> scaled(digits, 4, new String[] {"万", "W", "w"});
                    case 7 -> scaled(digits, 6, new String[] {"M", "m"});
                    case 8 -> scaled(digits, 9, new String[] {"G", "g", "B"});
                    default -> scaled(digits, 8, new String[] {"亿"});
                };
        String signed = (value < 0 && style == 3 ? "－" : sign) + body;
        return value < 0 ? signed : approx + signed;
    }

    /** 1234567 → 1,234,567 */
    private static String grouped(String digits, String separator) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(separator);
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** 1234567 with a 10³ suffix → 1234.567K; trailing zeros of the fraction dropped. */
    private static String scaled(String digits, int power, String[] suffixes) {
        String padded = "0".repeat(Math.max(0, power + 1 - digits.length())) + digits;
        String whole = padded.substring(0, padded.length() - power);
        String fraction = padded.substring(padded.length() - power).replaceAll("0+$", "");
        String suffix = suffixes[Math.floorMod(digits.hashCode(), suffixes.length)];
        return whole + (fraction.isEmpty() ? "" : "." + fraction) + suffix;
    }

    private static String fullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('０' + (c - '0')) : c);
        }
        return out.toString();
    }
}
