package dev.wenda.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The result of {@code wenda content check DIR}: every problem as {@code file:line: message}, then
 * a summary such as {@code 3 files, 42 entries, 1 error, 2 warnings}. Errors fail the check;
 * warnings (a merged duplicate, a missing image) do not.
 */
public record CheckReport(List<LoadProblem> problems, int files, int entries) {
    public CheckReport {
        problems = List.copyOf(problems);
        if (files < 0 || entries < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + files + " and " + entries);
        }
    }

    /** Loads {@code dir} as a bank and reports what an author must fix. Never throws for bad files. */
    public static CheckReport of(Path dir) {
        Objects.requireNonNull(dir, "dir");
        LoadReport report = ContentBank.report(dir);
        return new CheckReport(
                report.bank().problems(),
                report.files().size(),
                report.bank().entries().size());
    }

    public long errors() {
        return problems.stream()
                .filter(p -> p.severity() == LoadProblem.Severity.ERROR)
                .count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    /** 1 when there is any error, else 0. */
    public int exitCode() {
        return errors() > 0 ? 1 : 0;
    }

    /** The problem lines followed by the summary line. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        problems.forEach(p -> lines.add(p.toString()));
        lines.add(summary());
        return lines;
    }

    public String summary() {
        return count(files, "file", "files") + ", " + count(entries, "entry", "entries") + ", "
                + count(errors(), "error", "errors") + ", " + count(warnings(), "warning", "warnings");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
