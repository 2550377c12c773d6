package dev.wenda.bot.calc;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/** Normalizes a plain question for matching and reads count words (两个, three). */
final class QuestionWords {
    private static final Pattern TIMES = Pattern.compile("(\\d)\\s*[x×*✕✖乘]\\s*(?=\\d)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("single", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10));
    private static final String HAN_DIGITS = "零一二三四五六七八九";

    private QuestionWords() {}

    /** NFKC (full-width digits), lower case, "3 × 3" / "3*3" → "3x3", single spaces. */
    static String normalize(String question) {
        String t = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = TIMES.matcher(t).replaceAll("$1x");
        return t.replaceAll("\\s+", " ").strip();
    }

    static boolean hasHan(String text) {
        return HAN.matcher(text).find();
    }

    /** "3", "两", "十二", "three" → the number; empty for anything else or above 10,000. */
    static OptionalInt count(String word) {
        String w = word.strip();
        if (w.isEmpty()) {
            return OptionalInt.empty();
        }
        if (w.chars().allMatch(Character::isDigit)) {
            return w.length() > 5 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(w));
        }
        if (WORDS.containsKey(w)) {
            return OptionalInt.of(WORDS.get(w));
        }
        w = w.replace('两', '二');
        int ten = w.indexOf('十');
        if (ten >= 0) {
            int tens = ten == 0 ? 1 : digit(w.substring(0, ten));
            int ones = ten == w.length() - 1 ? 0 : digit(w.substring(ten + 1));
            return tens < 0 || ones < 0 ? OptionalInt.empty() : OptionalInt.of(tens * 10 + ones);
        }
        int d = digit(w);
        return d < 0 ? OptionalInt.empty() : OptionalInt.of(d);
    }

    private static int digit(String s) {
        return s.length() == 1 ? HAN_DIGITS.indexOf(s.charAt(0)) : -1;
    }
}
