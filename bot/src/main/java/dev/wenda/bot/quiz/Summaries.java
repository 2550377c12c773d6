package dev.wenda.bot.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short, faithful summaries of Markdown answers: the first sentence or bullet, as plain text, cut
 * to a length with an ellipsis. Nothing is paraphrased, so a summary never says more than the
 * entry.
 */
final class Summaries {
    private static final Pattern FENCE = Pattern.compile("(?s)```.*?(```|$)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern BULLET =
            Pattern.compile("^\\s*(?:[-*+]\\s+|\\d+[.)、](?!\\d)\\s*|[（(]\\d+[)）]\\s*|\\d+[)）]\\s*)");
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?；;]|\\.(?=\\s|$)");

    private Summaries() {}

    /** The first sentence or bullet of {@code markdown}, at most {@code max} characters. */
    static String summarize(String markdown, int max) {
        List<String> lines = plainLines(markdown);
        if (lines.isEmpty()) {
            return "";
        }
        String first = firstSentence(lines.getFirst());
        // "There are three reasons:" says nothing alone; add the first bullet after it.
        if ((first.endsWith("：") || first.endsWith(":")) && lines.size() > 1) {
            first = first + " " + firstSentence(lines.get(1));
        }
        return shorten(first, max);
    }

    /** The opening of {@code markdown} as plain text, lines joined, at most {@code max} characters. */
    static String opening(String markdown, int max) {
        return shorten(String.join(" ", plainLines(markdown)), max);
    }

    /** {@code text} cut to {@code max} characters (code points), ending in an ellipsis when cut. */
    static String shorten(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= max) {
            return flat;
        }
        int end = flat.offsetByCodePoints(0, max - 1);
        return flat.substring(0, end).stripTrailing() + "…";
    }

    private static String firstSentence(String line) {
        Matcher end = SENTENCE_END.matcher(line);
        return end.find() && end.end() < line.length()
                ? line.substring(0, end.end()).strip()
                : line;
    }

    private static List<String> plainLines(String markdown) {
        String text = FENCE.matcher(markdown).replaceAll("\n");
        text = IMAGE.matcher(text).replaceAll("");
        text = LINK.matcher(text).replaceAll("$1");
        List<String> lines = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = BULLET.matcher(raw).replaceFirst("");
            line = line.replaceAll("^#+\\s*", "")
                    .replaceAll("^>\\s*", "")
                    .replace("**", "")
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
