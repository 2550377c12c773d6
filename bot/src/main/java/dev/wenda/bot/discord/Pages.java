package dev.wenda.bot.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs text blocks into pages of at most {@code limit} characters, breaking only between blocks
 * (paragraphs, lists, code blocks); a block longer than a page is split at line ends, and a line
 * longer than a page at the limit.
 */
final class Pages {
    private static final String BLOCK_GAP = "\n\n";

    private Pages() {}

    static List<String> pack(List<String> blocks, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("page limit must be positive, was " + limit);
        }
        List<String> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        for (String block : blocks) {
            for (String piece : split(block, limit, "\n")) {
                int needed = page.isEmpty() ? piece.length() : page.length() + BLOCK_GAP.length() + piece.length();
                if (needed > limit) {
                    pages.add(page.toString());
                    page.setLength(0);
                }
                if (!page.isEmpty()) {
                    page.append(BLOCK_GAP);
                }
                page.append(piece);
            }
        }
        if (!page.isEmpty()) {
            pages.add(page.toString());
        }
        return pages;
    }

    /** Splits one block into pieces that fit, at line ends where possible. */
    private static List<String> split(String block, int limit, String separator) {
        if (block.length() <= limit) {
            return List.of(block);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        for (String line : block.split(separator, -1)) {
            while (line.length() > limit) {
                if (!piece.isEmpty()) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                }
                pieces.add(line.substring(0, limit));
                line = line.substring(limit);
            }
            if (!piece.isEmpty() && piece.length() + separator.length() + line.length() > limit) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            if (!piece.isEmpty()) {
                piece.append(separator);
            }
            piece.append(line);
        }
        if (!piece.isEmpty()) {
            pieces.add(piece.toString());
        }
        return pieces;
    }
}
