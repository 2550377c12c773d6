package dev.wenda.bot.slack;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs mrkdwn paragraphs into chunks of at most {@code limit} characters, breaking at paragraph
 * boundaries first, then at line ends, and only then inside a line (never inside an entity such as
 * {@code &amp;} or a {@code <url|text>} link, nor between the halves of a surrogate pair).
 */
final class TextSplitter {
    private TextSplitter() {}

    static List<String> split(List<String> paragraphs, int limit) {
        if (limit < 16) {
            throw new IllegalArgumentException("limit must be >= 16, was " + limit);
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (paragraph.length() <= limit) {
                add(paragraph, "\n\n", current, chunks, limit);
                continue;
            }
            String separator = "\n\n";
            for (String line : paragraph.split("\n", -1)) {
                String rest = line;
                while (rest.length() > limit) {
                    int cut = safeCut(rest, limit);
                    add(rest.substring(0, cut), separator, current, chunks, limit);
                    rest = rest.substring(cut);
                    separator = "";
                }
                add(rest, separator, current, chunks, limit);
                separator = "\n";
            }
        }
        if (!current.isEmpty()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    /** Appends a piece after {@code separator}, starting a new chunk (without the separator) when full. */
    private static void add(String piece, String separator, StringBuilder current, List<String> chunks, int limit) {
        if (!current.isEmpty() && current.length() + separator.length() + piece.length() > limit) {
            chunks.add(current.toString());
            current.setLength(0);
        }
        if (!current.isEmpty()) {
            current.append(separator);
        }
        current.append(piece);
    }

    /** The largest cut position ≤ limit that does not split an entity, a link or a surrogate pair. */
    static int safeCut(String text, int limit) {
        int cut = limit;
        int open = Math.max(text.lastIndexOf('&', cut - 1), text.lastIndexOf('<', cut - 1));
        if (open > 0) {
            char opener = text.charAt(open);
            int close = text.indexOf(opener == '&' ? ';' : '>', open);
            if (close < 0 || close >= cut) {
                cut = open;
            }
        }
        int space = text.lastIndexOf(' ', cut - 1);
        if (space > cut / 2) {
            cut = space + 1;
        }
        if (Character.isLowSurrogate(text.charAt(cut))) {
            cut--;
        }
        return cut;
    }
}
