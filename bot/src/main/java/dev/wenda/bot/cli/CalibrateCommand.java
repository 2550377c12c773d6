package dev.wenda.bot.cli;

import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchService;
import dev.wenda.search.eval.Calibration;
import dev.wenda.search.eval.EvalQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda calibrate [--folds K] [--seed S] [--precision P] [--out FILE] FILE.jsonl...}: fits
 * the answer decision of every search mode on labelled queries written by others, prints each
 * mode's k-fold cross-validated metrics (decisions by models that never saw the query), and writes
 * the weights fitted on all queries as {@code decision.properties}. Always in memory, with the
 * embedding model.
 */
@Command(
        name = "calibrate",
        mixinStandardHelpOptions = true,
        description = "Fit the answer decision on labelled queries; print cross-validated metrics; write the weights.")
final class CalibrateCommand implements Callable<Integer> {
    @ParentCommand
    Main root;

    @Spec
    CommandSpec spec;

    @Option(names = "--folds", defaultValue = "10", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--seed", defaultValue = "20261205", description = "Seed of the fold assignment.")
    long seed;

    @Option(
            names = "--precision",
            defaultValue = "0.97",
            description = "Answer precision the thresholds aim for on the training folds (default ${DEFAULT-VALUE}).")
    double precision;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the fitted weights here (decision.properties).")
    Path out;

    @Option(
            names = "--ranking-only",
            paramLabel = "FILE",
            description = "Labelled queries in the bank's own words: they teach the ranking, but choose no"
                    + " threshold and are not scored (repeatable).")
    List<Path> rankingOnly = List.of();

    @Parameters(
            paramLabel = "FILE",
            arity = "1..*",
            description = "Labelled queries written by others, JSON lines as for eval: they are scored and"
                    + " choose the thresholds.")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<List<EvalQuery>> scored = EvalCommand.readAll("calibrate", files, err);
        if (scored.isEmpty()) {
            return 2;
        }
        Optional<List<EvalQuery>> rankingOnlyRead = EvalCommand.readAll("calibrate", rankingOnly, err);
        if (rankingOnlyRead.isEmpty()) {
            return 2;
        }
        List<EvalQuery> queries = scored.get();
        List<EvalQuery> rankingQueries = rankingOnlyRead.get();
        if (folds < 2 || folds > queries.size()) {
            err.println("wenda calibrate: --folds must be between 2 and " + queries.size() + ", was " + folds);
            err.flush();
            return 2;
        }
        SearchService search = SearchCli.open(root.wiring(), SearchMode.HYBRID, true, err);
        Calibration calibration = Calibration.run(search, queries, rankingQueries, folds, seed, precision);
        stdout.printf(
                Locale.ROOT,
                "%d queries (+%d for the ranking only), %d-fold cross-validation (seed %d), target precision %.2f%n%n",
                queries.size(),
                rankingQueries.size(),
                folds,
                seed,
                precision);
        stdout.println(EvalCommand.header());
        for (Calibration.ModeReport r : calibration.reports()) {
            stdout.println(EvalCommand.row(name(r.mode()), r.crossValidated()));
        }
        stdout.println();
        stdout.println(EvalCommand.classHeader());
        for (Calibration.ModeReport r : calibration.reports()) {
            EvalCommand.classRows(name(r.mode()), r.crossValidated()).forEach(stdout::println);
        }
        if (out != null) {
            String header = "Answer decision weights, written by `wenda calibrate` from "
                    + names(files) + ", ranking only " + names(rankingOnly) + "\n"
                    + queries.size() + " + " + rankingQueries.size() + " queries; folds " + folds + ", seed " + seed
                    + ", target precision " + precision
                    + ". Do not edit by hand: refit (docs/search.md, \"Decision\").";
            Files.writeString(out, calibration.model().format(header), StandardCharsets.UTF_8);
            stdout.println();
            stdout.println("wrote " + out);
        }
        stdout.flush();
        return 0;
    }

    private static List<String> names(List<Path> paths) {
        return paths.stream().map(p -> p.getFileName().toString()).toList();
    }

    private static String name(SearchMode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }
}
