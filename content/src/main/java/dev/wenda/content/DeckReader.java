package dev.wenda.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one imported deck file (Markdown, CSV, Anki plain text or trivia YAML, chosen by {@link
 * DeckFormat#of}). Never throws for bad content: a file over the size limit, binary or of an unknown
 * kind gives one problem and no entries; a bad row or block gives a {@code file:line: message}
 * problem and every well-formed entry is still returned.
 */
public final class DeckReader {
    private DeckReader() {}

    /**
     * @param name the file name as the user knows it (it picks the format)
     * @param maxBytes files larger than this are refused whole
     */
    public static DeckFile read(String name, byte[] bytes, int maxBytes) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length > maxBytes) {
            return refused(
                    name,
                    DeckFormat.MARKDOWN,
                    String.format(
                            Locale.ROOT, "file is larger than the limit of %.1f MB per file", maxBytes / 1048576.0));
        }
        if (TextDecoder.looksBinary(bytes)) {
            return refused(name, DeckFormat.MARKDOWN, "binary file, not UTF-8 text; skipped");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        String text = String.join("\n", decoded.lines());
        Optional<DeckFormat> format = DeckFormat.of(name, text);
        if (format.isEmpty()) {
            return refused(
                    name,
                    DeckFormat.MARKDOWN,
                    "unknown file type; use .md, .markdown, .txt (Markdown or Anki), .tsv, .csv, .yaml or .yml");
        }
        List<LoadProblem> problems = new ArrayList<>();
        decoded.invalidUtf8Line()
                .ifPresent(line -> problems.add(problem(name, line, "invalid UTF-8 (bad bytes shown as \uFFFD)")));
        DeckFile file =
                switch (format.get()) {
                    case MARKDOWN -> MarkdownDeck.read(name, decoded.lines());
                    case CSV -> CsvDeck.read(name, text);
                    case ANKI -> AnkiDeck.read(name, decoded.lines());
                    case TRIVIA_YAML -> TriviaDeck.read(name, text);
                };
        problems.addAll(file.problems());
        List<DeckEntry> entries = file.entries();
        if (format.get() != DeckFormat.MARKDOWN) { // the Markdown parser reports these lines itself
            entries = new ArrayList<>();
            for (DeckEntry e : file.entries()) {
                if (hasControlCharacter(e.question()) || hasControlCharacter(e.answer())) {
                    // a terminal escape in an answer would reach the console and `wenda ask` raw
                    problems.add(problem(name, e.line(), "control character"));
                } else {
                    entries.add(e);
                }
            }
        }
        problems.sort(java.util.Comparator.comparingInt(LoadProblem::line));
        if (entries.isEmpty() && problems.isEmpty()) {
            problems.add(problem(name, 0, "no entries found"));
        }
        return new DeckFile(name, file.format(), entries, problems);
    }

    /** A control character other than the tab and line breaks an entry's text may hold. */
    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c != '\t' && c != '\n' && c != '\r' && Character.isISOControl(c));
    }

    static LoadProblem problem(String file, int line, String message) {
        return new LoadProblem(file, line, LoadProblem.Severity.ERROR, message);
    }

    private static DeckFile refused(String name, DeckFormat format, String message) {
        return new DeckFile(name, format, List.of(), List.of(problem(name, 0, message)));
    }
}
