package dev.wenda.content;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A Red-DiscordBot trivia list: a YAML mapping of {@code question: [accepted answers]} (a single
 * answer may stand alone); {@code AUTHOR} names the author and is no question. Each entry's answer
 * is its first accepted answer; all of them are kept for typed quizzes.
 */
final class TriviaDeck {
    private static final YAMLFactory YAML = new YAMLFactory();

    private TriviaDeck() {}

    static DeckFile read(String name, String text) {
        List<DeckEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        int line = 1;
        try (JsonParser parser = YAML.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problems.add(DeckReader.problem(name, 1, "expected a mapping of question: [answers]"));
                return new DeckFile(name, DeckFormat.TRIVIA_YAML, entries, problems);
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String question = parser.currentName().strip();
                line = parser.currentTokenLocation().getLineNr();
                JsonToken value = parser.nextToken();
                List<String> accepted = new ArrayList<>();
                if (value == JsonToken.START_ARRAY) {
                    boolean nested = false;
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        if (t.isScalarValue()) {
                            accepted.add(parser.getText().strip());
                        } else {
                            nested = true;
                            parser.skipChildren();
                        }
                    }
                    if (nested) {
                        problems.add(
                                DeckReader.problem(name, line, "answers must be plain text, not lists or mappings"));
                        continue;
                    }
                } else if (value.isScalarValue()) {
                    if (question.equals("AUTHOR")) {
                        continue;
                    }
                    accepted.add(parser.getText().strip());
                } else {
                    parser.skipChildren();
                    problems.add(DeckReader.problem(name, line, "answers must be a list of plain text"));
                    continue;
                }
                accepted.removeIf(String::isEmpty);
                if (question.isEmpty()) {
                    problems.add(DeckReader.problem(name, line, "question without text"));
                } else if (accepted.isEmpty()) {
                    problems.add(DeckReader.problem(name, line, "question without answer"));
                } else {
                    entries.add(new DeckEntry(question, accepted.getFirst(), List.of(), accepted, Math.max(1, line)));
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(DeckReader.problem(
                    name,
                    line,
                    "malformed YAML (" + CsvDeck.firstLine(e.getMessage()) + "); the questions before it are kept"));
        }
        return new DeckFile(name, DeckFormat.TRIVIA_YAML, entries, problems);
    }
}
