package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short, faithful summaries of Markdown answers as plain text: the entry's key point when its author
 * wrote one, else the sentence that states the answer's point, cut at a clause boundary with an
 * ellipsis. Nothing is paraphrased, so a summary never says more than the entry. Text without
 * content (a lone ".", a label such as "原因：", a bare URL) summarizes to the empty string.
 */
final class Summaries {
    /** A fence and its info string; prose fences (no language, or text/markdown) keep their lines. */
    private static final Pattern FENCE =
            Pattern.compile("(?ms)^[ \\t]*```[ \\t]*([^\\n`]*)\\n(.*?)(?:^[ \\t]*```[ \\t]*$|\\z)");

    private static final Pattern PROSE_FENCE = Pattern.compile("(?i)|text|txt|markdown|md|plain|plaintext");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    /** One list marker at the start of a line: "-", "•", "1.", "1、", "1)", "1）", "(1)", "（1）.", "①". */
    private static final Pattern MARKER = Pattern.compile(
            "^\\s*(?:[-*+•·▪◦●○]\\s*|\\d{1,2}\\s*[.．、](?!\\d)\\s*|\\d{1,2}\\s*[)）]\\s*[.．、]?\\s*|[（(]\\s*\\d{1,2}\\s*[)）]\\s*[.．、]?\\s*|[\\u2460-\\u2473\\u2776-\\u277F]\\s*|>+\\s*|#+\\s+)");
    /** A list marker inside a line, after a clause end: "1）Dropout ；2）加L1/L2正则化". */
    private static final Pattern INLINE_MARKER = Pattern.compile(
            "(?<=^|[；;。，,:：])(?:\\d{1,2}[)）]|[（(]\\d{1,2}[)）][.．、]?|[\\u2460-\\u2473\\u2776-\\u277F])\\s*");

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]+|\\.(?=\\s|$)");
    private static final Pattern CLAUSE_END = Pattern.compile("[。！？!?；;，,、：:）)]|\\s");
    /** "BN层的作用是…", "数据扩充是…": a lead that only restates the question's subject. */
    private static final Pattern RESTATEMENT =
            Pattern.compile("^([^，,。；;：:]{2,24}?)(?:的作用是|的作用：|的目标是|的思想是|是指|指的是|就是|是)");

    private static final Pattern BACK_REFERENCE = Pattern.compile("前者|后者|前两者|第[一二三]种|第[一二三]个");
    private static final int SHORT = 16;
    /** Spaces left between two Han characters (where a link or a marker was) are not text. */
    private static final Pattern HAN_GAP = Pattern.compile("(?<=[\\u3400-\\u9fff，。；：、])\\s+(?=[\\u3400-\\u9fff])");

    private Summaries() {}

    /** The point of {@code entry}: its key point if it has one, else {@link #point}. */
    static String summarize(QaEntry entry, int max) {
        String key = entry.keyPoint().strip();
        return key.isEmpty() ? point(entry.question(), entry.answer(), max) : shorten(key, max);
    }

    /**
     * The sentence of {@code markdown} that answers {@code question}: the first one, unless a later
     * one of the opening lines names the question's subject far better (the first then being
     * background); a lead-in ending in a colon, or a sentence too short to stand alone, takes the
     * next ones with it. A lead restating the question's subject is dropped. At most {@code max}
     * characters; empty when the answer has no content.
     */
    static String point(String question, String markdown, int max) {
        List<String> units = sentences(plainLines(markdown));
        if (units.isEmpty()) {
            return "";
        }
        int chosen = 0;
        double best = overlap(question, units.getFirst());
        for (int i = 1; i < Math.min(units.size(), 6); i++) {
            double score = overlap(question, units.get(i));
            if (score >= best + 0.35) {
                best = score;
                chosen = i;
            }
        }
        String text = dropRestatement(question, units.get(chosen));
        for (int i = chosen + 1; i < units.size() && needsMore(text, max); i++) {
            text = join(text, units.get(i));
        }
        return meaningful(text) ? cut(text, max) : "";
    }

    /** The opening of {@code markdown} as plain text, lines joined, at most {@code max} characters. */
    static String opening(String markdown, int max) {
        return cut(String.join(" ", plainLines(markdown)), max);
    }

    /** {@code text} cut to {@code max} characters (code points), ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        return cut(text, max);
    }

    /**
     * Whether {@code point} can be read without its question: a point that says "前者 … 后者" or
     * "第一种 …" refers to the things its own question names, so shown under another question it
     * is wrong at a glance.
     */
    static boolean standsAlone(String point) {
        return !BACK_REFERENCE.matcher(point).find();
    }

    /** Whether {@code text} says something: two letters or digits that are not a URL. */
    static boolean meaningful(String text) {
        String words = URL.matcher(text).replaceAll("");
        words = words.replaceAll("^[^：:]{0,8}[：:]", ""); // a bare label such as "原因："
        return words.codePoints().filter(Character::isLetterOrDigit).count() >= 2;
    }

    /** A clause, a list item or a label is not yet a point: the sentence (or list) goes on to its end. */
    private static boolean needsMore(String text, int max) {
        String flat = text.strip();
        int length = flat.codePointCount(0, flat.length());
        return length < SHORT || (length < max && !endsSentence(flat));
    }

    private static boolean endsSentence(String text) {
        return text.endsWith("。") || text.endsWith(".") || text.endsWith("！") || text.endsWith("!");
    }

    private static String join(String text, String next) {
        String flat = text.strip();
        if (flat.endsWith("：")
                || flat.endsWith(":")
                || flat.endsWith("；")
                || flat.endsWith(";")
                || endsSentence(flat)) {
            return flat + next;
        }
        return flat + "；" + next;
    }

    private static String dropRestatement(String question, String sentence) {
        Matcher m = RESTATEMENT.matcher(sentence);
        if (!m.find()) {
            return sentence;
        }
        String rest = sentence.substring(m.end()).strip();
        boolean restates = overlap(m.group(1), question) >= 0.6;
        return restates && rest.codePointCount(0, rest.length()) >= 8 && meaningful(rest) ? rest : sentence;
    }

    /** Share of {@code a}'s character bigrams (letters and digits only, lower case) found in {@code b}. */
    static double overlap(String a, String b) {
        List<String> own = Bigrams.of(a);
        if (own.isEmpty()) {
            return 0;
        }
        var theirs = new java.util.HashSet<>(Bigrams.of(b));
        return own.stream().filter(theirs::contains).count() / (double) own.size();
    }

    /** Clause-aware cut: at the last clause boundary that keeps most of the text, else between words. */
    private static String cut(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        int limit = flat.offsetByCodePoints(0, max - 1);
        String head = flat.substring(0, limit);
        int boundary = -1;
        Matcher clause = CLAUSE_END.matcher(head);
        while (clause.find()) {
            boundary = clause.start();
        }
        if (boundary < head.length() / 2) {
            boundary = head.length();
            while (boundary > 0 && boundary < flat.length() && splitsWord(flat, boundary)) {
                boundary--;
            }
            if (boundary == 0) {
                boundary = head.length();
            }
        }
        String kept = flat.substring(0, boundary).replaceAll("[\\s，,、；;：:（(]+$", "");
        return kept + "…";
    }

    private static boolean splitsWord(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return isWordChar(before) && isWordChar(after) || Character.isHighSurrogate(before);
    }

    private static boolean isWordChar(char c) {
        return c < 0x3000 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.');
    }

    private static List<String> sentences(List<String> lines) {
        List<String> units = new ArrayList<>();
        for (String line : lines) {
            Matcher end = SENTENCE_END.matcher(line);
            int start = 0;
            while (end.find()) {
                addUnit(units, line.substring(start, end.end()));
                start = end.end();
            }
            addUnit(units, line.substring(start));
        }
        return units;
    }

    private static void addUnit(List<String> units, String text) {
        String unit = HAN_GAP.matcher(INLINE_MARKER.matcher(text).replaceAll(""))
                .replaceAll("")
                .strip();
        if (unit.codePoints().anyMatch(Character::isLetterOrDigit)) {
            units.add(unit);
        }
    }

    private static List<String> plainLines(String markdown) {
        Matcher fences = FENCE.matcher(markdown);
        StringBuilder unfenced = new StringBuilder();
        while (fences.find()) {
            boolean prose = PROSE_FENCE.matcher(fences.group(1).strip()).matches();
            fences.appendReplacement(unfenced, Matcher.quoteReplacement(prose ? fences.group(2) : "\n"));
        }
        fences.appendTail(unfenced);
        String text = IMAGE.matcher(unfenced).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        text = URL.matcher(text).replaceAll("");
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = raw;
            for (String before = null; !line.equals(before); ) {
                before = line;
                line = MARKER.matcher(line).replaceFirst("");
            }
            line = line.replace("**", "")
                    .replace("__", "")
                    .replace("`", "")
                    .replaceAll("\\$+", "")
                    .strip();
            // Lines left with almost no words (a stripped formula or image, a table rule) say nothing.
            if (line.codePoints().filter(Character::isLetterOrDigit).count() >= 2) {
                lines.add(line);
            }
        }
        return lines;
    }
}
