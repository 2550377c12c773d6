package dev.wenda.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Finds the images of an answer with CommonMark (so images inside code blocks or escaped text are
 * not counted) and drops references to local files that do not exist, with a warning, so no chat
 * ever shows a broken image. Remote {@code http(s)} images are kept as written.
 */
final class AnswerImages {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private AnswerImages() {}

    record Result(List<SourceLine> lines, List<String> images, List<LoadProblem> problems) {
        Result {
            lines = List.copyOf(lines);
            images = List.copyOf(images);
            problems = List.copyOf(problems);
        }
    }

    private record Cut(int line, int column, int length) {}

    static Result resolve(String fileName, List<SourceLine> lines, ImageResolver resolver) {
        List<String> texts = lines.stream().map(SourceLine::text).toList();
        List<String> images = new ArrayList<>();
        List<LoadProblem> problems = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        PARSER.parse(String.join("\n", texts)).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                String destination = image.getDestination();
                Optional<String> found =
                        isRemote(destination) ? Optional.of(destination) : resolver.resolve(fileName, destination);
                List<SourceSpan> spans = image.getSourceSpans();
                if (found.isPresent()) {
                    images.add(found.get());
                } else {
                    int line = spans.isEmpty() ? 0 : spans.getFirst().getLineIndex();
                    problems.add(new LoadProblem(
                            fileName,
                            lines.get(line).number(),
                            LoadProblem.Severity.WARNING,
                            "image not found: " + destination));
                    spans.forEach(s -> cuts.add(new Cut(s.getLineIndex(), s.getColumnIndex(), s.getLength())));
                }
            }
        });
        if (cuts.isEmpty()) {
            return new Result(lines, images, problems);
        }
        List<SourceLine> cut = new ArrayList<>(lines);
        cuts.sort(Comparator.comparingInt(Cut::column).reversed());
        for (Cut c : cuts) {
            String text = cut.get(c.line()).text();
            String rest =
                    text.substring(0, c.column()) + text.substring(Math.min(text.length(), c.column() + c.length()));
            cut.set(c.line(), cut.get(c.line()).withText(rest.isBlank() ? "" : rest.stripTrailing()));
        }
        return new Result(AnswerCleaner.collapseBlankLines(cut), images, problems);
    }

    static boolean isRemote(String destination) {
        String lower = destination.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
