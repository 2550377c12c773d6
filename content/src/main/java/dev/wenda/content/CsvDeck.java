package dev.wenda.content;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A CSV deck: {@code question,answer[,tags]} per row (RFC 4180 quotes); a header row is skipped. */
final class CsvDeck {
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();

    private CsvDeck() {}

    static DeckFile read(String name, String text) {
        List<DeckEntry> entries = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        int line = 1;
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(text)) {
            boolean first = true;
            while (true) {
                line = rows.getParser().currentLocation().getLineNr();
                if (!rows.hasNextValue()) {
                    break;
                }
                String[] row = rows.nextValue();
                if (first && isHeader(row)) {
                    first = false;
                    continue;
                }
                first = false;
                row(name, row, line, entries, problems);
            }
        } catch (IOException | RuntimeException e) {
            problems.add(DeckReader.problem(
                    name, line, "malformed CSV (" + firstLine(e.getMessage()) + "); the rows before it are kept"));
        }
        return new DeckFile(name, DeckFormat.CSV, entries, problems);
    }

    private static void row(String name, String[] row, int line, List<DeckEntry> entries, List<LoadProblem> problems) {
        if (row.length < 2 || row.length > 3) {
            problems.add(DeckReader.problem(
                    name, line, "expected question,answer[,tags] but found " + row.length + " column(s)"));
            return;
        }
        String question = row[0].strip();
        String answer = row[1].strip();
        if (question.isEmpty()) {
            problems.add(DeckReader.problem(name, line, "question without text"));
        } else if (answer.isEmpty()) {
            problems.add(DeckReader.problem(name, line, "question without answer"));
        } else {
            List<String> tags = row.length == 3 ? MarkdownDeck.split(row[2]) : List.of();
            entries.add(new DeckEntry(question, answer, tags, List.of(), line));
        }
    }

    private static boolean isHeader(String[] row) {
        return row.length >= 2
                && row[0].strip().toLowerCase(Locale.ROOT).equals("question")
                && row[1].strip().toLowerCase(Locale.ROOT).equals("answer");
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
