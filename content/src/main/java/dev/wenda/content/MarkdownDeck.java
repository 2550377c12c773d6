package dev.wenda.content;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown deck: read by the bank's own parser (every layout it knows), with two additions for
 * imported decks: a book's section numbers ({@code ### 3.1.1 问题？}) are not part of the question,
 * and a line {@code <!-- tags: a, b -->} under a question gives its tags (the export writes it).
 */
final class MarkdownDeck {
    static final Pattern TAGS = Pattern.compile("^\\s*<!--\\s*tags:\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})+[.、．]?\\s+");

    private MarkdownDeck() {}

    static DeckFile read(String name, List<String> lines) {
        List<String> text = new ArrayList<>(lines.size());
        List<Integer> tagLines = new ArrayList<>();
        List<List<String>> tagValues = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = TAGS.matcher(lines.get(i));
            if (m.matches()) {
                tagLines.add(i + 1);
                tagValues.add(split(m.group(1)));
                text.add(""); // keeps every other line's number
            } else {
                text.add(lines.get(i));
            }
        }
        byte[] bytes = String.join("\n", text).getBytes(StandardCharsets.UTF_8);
        FileParser.ParsedFile parsed = FileParser.parse(new RawFile(name, bytes), (file, path) -> Optional.empty());
        List<DeckEntry> entries = new ArrayList<>();
        List<ParsedEntry> found = parsed.entries();
        for (int i = 0; i < found.size(); i++) {
            ParsedEntry e = found.get(i);
            int start = e.ref().line();
            int end = i + 1 < found.size() ? found.get(i + 1).ref().line() : Integer.MAX_VALUE;
            List<String> tags = List.of();
            for (int t = 0; t < tagLines.size(); t++) {
                if (tagLines.get(t) > start && tagLines.get(t) < end) {
                    tags = tagValues.get(t);
                }
            }
            String question = SECTION_NUMBER.matcher(e.question()).replaceFirst("");
            entries.add(new DeckEntry(question, e.answer(), tags, List.of(), start));
        }
        return new DeckFile(name, DeckFormat.MARKDOWN, entries, parsed.problems());
    }

    static List<String> split(String tags) {
        return Arrays.stream(tags.split("[,;，、]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
    }
}
