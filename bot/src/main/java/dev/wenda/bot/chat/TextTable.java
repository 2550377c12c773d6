package dev.wenda.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plain-text table aligned for a monospace font ({@link TextWidth}: Chinese and emoji take two
 * columns): text columns left-aligned, number columns right-aligned, two spaces apart, trailing
 * spaces trimmed.
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

    /** One header per column, prefixed with {@code <} for a left-aligned (text) column. */
    public TextTable(String... spec) {
        this(
                java.util.Arrays.stream(spec)
                        .map(c -> c.startsWith("<") ? c.substring(1) : c)
                        .toList(),
                java.util.Arrays.stream(spec).map(c -> !c.startsWith("<")).toList());
    }

    public TextTable add(List<String> row) {
        Objects.requireNonNull(row, "row");
        if (row.size() != header.size()) {
            throw new IllegalArgumentException("row has " + row.size() + " cells, table " + header.size());
        }
        rows.add(List.copyOf(row));
        return this;
    }

    public TextTable row(String... cells) {
        return add(List.of(cells));
    }

    /** The table's lines, each ending in a newline. */
    public String render() {
        List<List<String>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        int[] widths = new int[header.size()];
        for (List<String> row : all) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], TextWidth.of(row.get(i)));
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                String pad = " ".repeat(widths[i] - TextWidth.of(cell));
                line.append(i == 0 ? "" : "  ").append(rightAligned.get(i) ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The table inside a ``` code block. */
    public String toMarkdown() {
        return "```\n" + render() + "```";
    }
}
