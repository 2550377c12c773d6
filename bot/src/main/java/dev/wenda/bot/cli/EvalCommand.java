package dev.wenda.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchService;
import dev.wenda.search.eval.EvalMetrics;
import dev.wenda.search.eval.EvalQuery;
import dev.wenda.search.eval.EvalReader;
import dev.wenda.search.eval.EvalResult;
import dev.wenda.search.eval.Evaluator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda eval [--json] [--mode M | --compare] FILE.jsonl...}: retrieval and decision quality
 * and latency over labelled queries (several files are read as one set). Each query set runs once
 * to warm up, then once timed (search uncached). Metric definitions: {@link EvalMetrics}.
 */
@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        description = "Measure search on labelled queries: top-1, recall@3, helpful, answer precision,"
                + " off-topic answered, per-class decisions, latency.")
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Mixin
    SearchOptions options;

    @Option(names = "--json", description = "One JSON line per query, then one metrics line.")
    boolean json;

    @Option(names = "--compare", description = "Run every mode in one process and print them side by side.")
    boolean compare;

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "JSON lines: {\"query\", \"relevant\": [\"stem#n\"...], \"kind\", \"class\"}.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<EvalQuery>> read = readAll("eval", files, err);
        if (read.isEmpty()) {
            return 2;
        }
        List<EvalQuery> queries = read.get();
        List<SearchMode> modes = compare ? List.of(SearchMode.values()) : List.of(options.mode);
        SearchService search =
                SearchCli.open(root.wiring(), compare ? SearchMode.HYBRID : options.mode, options.inMemory, err);
        Evaluator evaluator = new Evaluator(search);
        List<String> table = new ArrayList<>();
        List<String> classes = new ArrayList<>();
        table.add(header());
        for (SearchMode m : modes) {
            evaluator.run(queries, m); // warm-up
            List<EvalResult> results = evaluator.run(queries, m);
            EvalMetrics metrics = EvalMetrics.of(results);
            String name = m.name().toLowerCase(Locale.ROOT);
            if (json) {
                printJson(out, results, name, metrics);
            } else {
                table.add(row(name, metrics));
                classes.addAll(classRows(name, metrics));
            }
        }
        if (!json) {
            table.forEach(out::println);
            out.println();
            out.println(classHeader());
            classes.forEach(out::println);
        }
        out.flush();
        return 0;
    }

    private static void printJson(PrintWriter out, List<EvalResult> results, String mode, EvalMetrics metrics)
            throws JsonProcessingException {
        for (EvalResult r : results) {
            out.println(SearchJson.JSON.writeValueAsString(
                    SearchJson.evalLine(r.query().query(), r.outcome())));
        }
        out.println(SearchJson.JSON.writeValueAsString(SearchJson.metrics(mode, metrics)));
    }

    /** Every file's queries in order, or empty after printing which file failed and why. */
    static Optional<List<EvalQuery>> readAll(String command, List<Path> files, PrintWriter err) {
        List<EvalQuery> queries = new ArrayList<>();
        for (Path file : files) {
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                queries.addAll(new EvalReader().read(reader));
            } catch (IllegalArgumentException | IOException e) {
                String why = e instanceof NoSuchFileException ? "file not found" : e.getMessage();
                err.println("wenda " + command + ": " + file + ": " + why);
                err.flush();
                return Optional.empty();
            }
        }
        return Optional.of(queries);
    }

    static String header() {
        return String.format(
                "%-10s %6s %6s %7s %8s %6s %7s %6s %5s %7s %8s %7s %7s",
                "mode",
                "top1",
                "r@3",
                "mrr@10",
                "answered",
                "cand",
                "helpful",
                "prec",
                "wrong",
                "ood-ans",
                "ood-abst",
                "p50ms",
                "p99ms");
    }

    static String row(String mode, EvalMetrics m) {
        return String.format(
                Locale.ROOT,
                "%-10s %6.3f %6.3f %7.3f %8.3f %6.3f %7.3f %6.3f %5d %7.3f %8.3f %7.2f %7.2f",
                mode,
                m.top1(),
                m.recallAt3(),
                m.mrrAt10(),
                m.answered(),
                m.candidates(),
                m.helpful(),
                m.answerPrecision(),
                m.wrongAnswers(),
                m.offTopicAnswered(),
                m.oodAbstained(),
                m.p50Millis(),
                m.p99Millis());
    }

    static String classHeader() {
        return String.format(
                "%-10s %-11s %7s %8s %5s %5s %8s", "mode", "class", "queries", "answered", "right", "cand", "abstain");
    }

    /** One line per query class: how its queries were decided. */
    static List<String> classRows(String mode, EvalMetrics m) {
        List<String> rows = new ArrayList<>();
        m.byClass()
                .forEach((name, c) -> rows.add(String.format(
                        Locale.ROOT,
                        "%-10s %-11s %7d %8d %5d %5d %8d",
                        mode,
                        name,
                        c.queries(),
                        c.answered(),
                        c.right(),
                        c.candidates(),
                        c.abstained())));
        return rows;
    }
}
