package dev.wenda.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads one content file into entries and problems. Never throws for bad content: invalid UTF-8, an
 * unclosed fence, a heading without text or a question without an answer each become a {@link
 * LoadProblem}, and every well-formed entry of the file is still returned.
 */
final class FileParser {
    private FileParser() {}

    record ParsedFile(String name, List<ParsedEntry> entries, List<LoadProblem> problems) {
        ParsedFile {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    static ParsedFile parse(RawFile file, ImageResolver images) {
        String name = file.name();
        List<LoadProblem> problems = new ArrayList<>();
        if (TextDecoder.looksBinary(file.bytes())) {
            problems.add(error(name, 0, "binary file, not UTF-8 text; skipped"));
            return new ParsedFile(name, List.of(), problems);
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(file.bytes());
        decoded.invalidUtf8Line()
                .ifPresent(line -> problems.add(error(name, line, "invalid UTF-8 (bad bytes shown as \uFFFD)")));
        for (int i = 0; i < decoded.lines().size(); i++) {
            if (hasControlCharacter(decoded.lines().get(i))) {
                // a terminal escape in an answer would reach the console and `wenda ask` raw
                problems.add(error(name, i + 1, "control character"));
            }
        }
        FenceScanner.Scanned scanned = FenceScanner.scan(decoded.lines());
        scanned.unclosedFenceLine().ifPresent(line -> problems.add(error(name, line, "unclosed code fence")));
        List<SourceLine> lines = scanned.lines();
        for (SourceLine line : lines) {
            Markers.heading(line)
                    .filter(h -> h.text().isEmpty())
                    .ifPresent(h -> problems.add(error(name, line.number(), "heading without text")));
        }

        LayoutDetector.Detected detected = LayoutDetector.detect(lines);
        List<ParsedEntry> entries = new ArrayList<>();
        List<Integer> questions = detected.questions();
        for (int q = 0; q < questions.size(); q++) {
            SourceLine questionLine = lines.get(questions.get(q));
            String question = QuestionText.clean(rawQuestion(questionLine));
            List<SourceLine> body = lines.subList(questions.get(q) + 1, LayoutDetector.bodyEnd(lines, detected, q));
            KeyPoints.Extracted key = KeyPoints.extract(name, body);
            problems.addAll(key.problems());
            AnswerImages.Result answer = AnswerImages.resolve(name, AnswerCleaner.clean(key.body()), images);
            problems.addAll(answer.problems());
            if (question.isEmpty()) {
                problems.add(error(name, questionLine.number(), "question without text"));
            } else if (answer.lines().isEmpty()) {
                problems.add(error(name, questionLine.number(), "question without answer"));
            } else {
                SourceRef ref = new SourceRef(file.stem(), entries.size() + 1, questionLine.number());
                String text = answer.lines().stream().map(SourceLine::text).collect(Collectors.joining("\n"));
                entries.add(new ParsedEntry(ref, question, text, answer.images(), key.keyPoint()));
            }
        }
        if (questions.isEmpty()) {
            boolean blank = lines.stream().allMatch(SourceLine::isBlank);
            problems.add(
                    blank
                            ? new LoadProblem(name, 0, LoadProblem.Severity.WARNING, "empty file, no entries")
                            : error(name, 0, "no entries found (start each question with a \"## \" heading)"));
        }
        problems.sort(Comparator.comparingInt(LoadProblem::line));
        return new ParsedFile(name, entries, problems);
    }

    /** A C0 control other than tab, DEL, or a C1 control: nothing a text file means to show. */
    static boolean hasControlCharacter(String line) {
        return line.chars().anyMatch(c -> c != '\t' && Character.isISOControl(c));
    }

    private static String rawQuestion(SourceLine line) {
        return Markers.heading(line)
                .map(Markers.Heading::text)
                .or(() -> Markers.emphasis(line))
                .orElse(line.text());
    }

    private static LoadProblem error(String file, int line, String message) {
        return new LoadProblem(file, line, LoadProblem.Severity.ERROR, message);
    }
}
