package dev.wenda.content;

import java.util.List;
import java.util.Objects;

/**
 * What one imported file holds: its well-formed entries, and a problem for everything else (a bad
 * row or block never loses the rest of the file).
 */
public record DeckFile(String name, DeckFormat format, List<DeckEntry> entries, List<LoadProblem> problems) {
    public DeckFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }
}
