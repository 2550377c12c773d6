package dev.wenda.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An Anki "notes in plain text" export: one note per line, {@code front<TAB>back[<TAB>tags]};
 * {@code #key:value} lines are export settings. HTML line breaks become newlines and other tags go,
 * since Anki exports its fields as HTML.
 */
final class AnkiDeck {
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>|</div>\\s*<div>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][^>]*>");

    private AnkiDeck() {}

    static DeckFile read(String name, List<String> lines) {
        List<DeckEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length < 2) {
                problems.add(DeckReader.problem(name, number, "expected front<TAB>back, found no tab"));
                continue;
            }
            String question = field(fields[0]);
            String answer = field(fields[1]);
            if (question.isEmpty()) {
                problems.add(DeckReader.problem(name, number, "question without text"));
            } else if (answer.isEmpty()) {
                problems.add(DeckReader.problem(name, number, "question without answer"));
            } else {
                List<String> tags = fields.length > 2
                        ? Arrays.stream(fields[fields.length - 1].strip().split("\\s+"))
                                .filter(t -> !t.isEmpty())
                                .toList()
                        : List.of();
                entries.add(new DeckEntry(question, answer, tags, List.of(), number));
            }
        }
        return new DeckFile(name, DeckFormat.ANKI, entries, problems);
    }

    private static String field(String raw) {
        String text = raw.strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1).replace("\"\"", "\"");
        }
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        return text.replace("&nbsp;", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .strip();
    }
}
