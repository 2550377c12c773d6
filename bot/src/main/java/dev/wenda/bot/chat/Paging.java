package dev.wenda.bot.chat;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs text blocks (paragraphs, lists, code blocks) into pages of at most {@code limit}
 * characters for platforms with a message limit: pages break between blocks, a block longer than a
 * page at line ends, and a line longer than a page where the platform's {@link Cut} says (never
 * between the halves of a surrogate pair). Lines keep their line breaks and blocks their blank line,
 * so pages joined again give the text back.
 */
public final class Paging {
    private static final String BLOCK_GAP = "\n\n";

    /** Where to cut a line that does not fit: a position in {@code 1..limit}. */
    @FunctionalInterface
    public interface Cut {
        int at(String text, int limit);
    }

    /** At the limit, or one char before it when the limit falls inside a surrogate pair. */
    public static final Cut ANYWHERE = Paging::safe;

    private Paging() {}

    public static List<String> pack(List<String> blocks, int limit, Cut cut) {
        if (limit < 1) {
            throw new IllegalArgumentException("page limit must be positive, was " + limit);
        }
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (String block : blocks) {
            if (block.length() <= limit) {
                add(block, BLOCK_GAP, page, pages, limit);
                continue;
            }
            String separator = BLOCK_GAP;
            for (String line : block.split("\n", -1)) {
                String rest = line;
                while (rest.length() > limit) {
                    int at = Math.max(safe(rest, cut.at(rest, limit)), Character.charCount(rest.codePointAt(0)));
                    add(rest.substring(0, at), separator, page, pages, limit);
                    rest = rest.substring(at);
                    separator = "";
                }
                add(rest, separator, page, pages, limit);
                separator = "\n";
            }
        }
        if (!page.isEmpty()) {
            pages.add(page.toString());
        }
        return pages;
    }

    /** {@code position}, moved back one char when it would split a surrogate pair. */
    public static int safe(String text, int position) {
        return position > 0 && position < text.length() && Character.isLowSurrogate(text.charAt(position))
                ? position - 1
                : position;
    }

    /** Appends a piece after {@code separator}, starting a new page (without the separator) when full. */
    private static void add(String piece, String separator, StringBuilder page, List<String> pages, int limit) {
        if (!page.isEmpty() && page.length() + separator.length() + piece.length() > limit) {
            pages.add(page.toString());
            page.setLength(0);
        }
        if (!page.isEmpty()) {
            page.append(separator);
        }
        page.append(piece);
    }
}
