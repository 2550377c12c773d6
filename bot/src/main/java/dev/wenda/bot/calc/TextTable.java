package dev.wenda.bot.calc;

import java.util.ArrayList;
import java.util.List;

/** A plain aligned table: text columns left-aligned, number columns right-aligned, two spaces apart. */
final class TextTable {
    private final List<String> headers;
    private final boolean[] left;
    private final List<List<String>> rows = new ArrayList<>();

    /** {@code spec} per column: a header, prefixed with '<' for a left-aligned column. */
    TextTable(String... spec) {
        headers = new ArrayList<>();
        left = new boolean[spec.length];
        for (int i = 0; i < spec.length; i++) {
            left[i] = spec[i].startsWith("<");
            headers.add(left[i] ? spec[i].substring(1) : spec[i]);
        }
    }

    TextTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
        }
        rows.add(List.of(cells));
        return this;
    }

    String render() {
        int[] width = new int[headers.size()];
        List<List<String>> all = new ArrayList<>();
        all.add(headers);
        all.addAll(rows);
        for (List<String> r : all) {
            for (int i = 0; i < r.size(); i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> r : all) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(left[i] ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
