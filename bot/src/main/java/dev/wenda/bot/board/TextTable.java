package dev.wenda.bot.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table aligned for a monospace font, as a Markdown code block. Wide characters (CJK,
 * full-width) count as two columns, so Chinese names line up too.
 */
public final class TextTable {
    private final List<String> header;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param rightAligned per column, true for numbers */
    public TextTable(List<String> header, List<Boolean> rightAligned) {
        this.header = List.copyOf(header);
        this.rightAligned = List.copyOf(rightAligned);
        if (header.size() != rightAligned.size()) {
            throw new IllegalArgumentException(
                    "header has " + header.size() + " columns but alignment " + rightAligned.size());
        }
    }

    public TextTable add(List<String> row) {
        Objects.requireNonNull(row, "row");
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, table " + header.size());
        }
        rows.add(List.copyOf(row));
        return this;
    }

    /** The table inside a ``` code block. */
    public String toMarkdown() {
        int[] widths = new int[header.size()];
        for (List<String> row : allRows()) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder("```\n");
        for (List<String> row : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String pad = " ".repeat(widths[i] - width(row.get(i)));
                line.append(i == 0 ? "" : "  ").append(rightAligned.get(i) ? pad + row.get(i) : row.get(i) + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.append("```").toString();
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        return all;
    }

    /** Display columns of {@code text} in a monospace font. */
    static int width(String text) {
        return text.codePoints().map(TextTable::columns).sum();
    }

    private static int columns(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD)
                || block == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS;
        return wide ? 2 : 1;
    }
}
