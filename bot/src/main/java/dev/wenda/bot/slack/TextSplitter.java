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
        List<String> pieces = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.length() <= limit) {
                pieces.add(paragraph);
            } else {
                for (String line : paragraph.split("\n", -1)) {
                    hardSplit(line, limit, pieces);
                }
            }
        }
        return pack(pieces, limit);
    }

    private static List<String> pack(List<String> pieces, int limit) {
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : pieces) {
            if (!current.isEmpty() && current.length() + 2 + piece.length() > limit) {
                chunks.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append("\n\n");
            }
            current.append(piece);
        }
        if (!current.isEmpty()) {
            chunks.add(current.toString());
        }
        return chunks;
    }

    private static void hardSplit(String line, int limit, List<String> out) {
        String rest = line;
        while (rest.length() > limit) {
            int cut = safeCut(rest, limit);
            out.add(rest.substring(0, cut));
            rest = rest.substring(cut);
        }
        if (!rest.isEmpty()) {
            out.add(rest);
        }
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
