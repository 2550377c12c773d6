package dev.wenda.bot.quiz;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed answers. Full-width characters become half-width (NFKC), spaces and thousands
 * separators are dropped, and a magnitude suffix multiplies: 千/K ×10³, 万/W ×10⁴, M ×10⁶, 亿 ×10⁸,
 * G/B ×10⁹, T ×10¹². Text that is not a number (or a letter A-D for options) is not an answer, and
 * neither is a number of more than {@value #MAX_DIGITS} digits before or after the point: such a
 * value cannot be a quiz answer, and comparing or storing it would cost time and memory.
 */
final class AnswerParser {
    private static final Pattern NUMBER =
            Pattern.compile("([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:e[+-]?\\d{1,4})?)(千|万|亿|k|w|m|g|b|t)?");
    private static final Map<String, BigDecimal> SUFFIXES = Map.of(
            "千", BigDecimal.valueOf(1_000),
            "k", BigDecimal.valueOf(1_000),
            "万", BigDecimal.valueOf(10_000),
            "w", BigDecimal.valueOf(10_000),
            "m", BigDecimal.valueOf(1_000_000),
            "亿", BigDecimal.valueOf(100_000_000),
            "g", BigDecimal.valueOf(1_000_000_000),
            "b", BigDecimal.valueOf(1_000_000_000),
            "t", BigDecimal.valueOf(1_000_000_000_000L));

    /** Longest accepted number, in digits before or after the decimal point. */
    static final int MAX_DIGITS = 40;

    private AnswerParser() {}

    /** The number in {@code text}, e.g. "1.2万" → 12000, "１，０２４" → 1024; empty if not a number. */
    static Optional<BigDecimal> number(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[\\s,_'、]", "")
                .replaceFirst("^(?:约|大约|≈|~|about)", "");
        Matcher m = NUMBER.matcher(s);
        if (!m.matches() || m.group(1).length() > 2 * MAX_DIGITS) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(m.group(1));
        if (m.group(2) != null) {
            value = value.multiply(SUFFIXES.get(m.group(2)));
        }
        value = value.stripTrailingZeros();
        boolean tooLong = value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS;
        return tooLong ? Optional.empty() : Optional.of(value);
    }

    /** The option index of a typed letter ("b", "Ｂ", "B." → 1), if the text is just that. */
    static OptionalInt optionLetter(String text, int optionCount) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .strip()
                .toUpperCase(Locale.ROOT)
                .replaceFirst("[.)）。]$", "");
        if (s.length() != 1) {
            return OptionalInt.empty();
        }
        int index = s.charAt(0) - 'A';
        return index >= 0 && index < optionCount ? OptionalInt.of(index) : OptionalInt.empty();
    }
}
