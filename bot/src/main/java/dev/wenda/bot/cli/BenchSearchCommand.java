package dev.wenda.bot.cli;

import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.search.BgeEmbedder;
import dev.wenda.search.Embedder;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchService;
import dev.wenda.search.bench.CachingEmbedder;
import dev.wenda.search.bench.SyntheticBank;
import dev.wenda.search.eval.EvalQuery;
import dev.wenda.search.eval.EvalReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda bench search}: cold start of the bundled bank (bank, model, index) and heap after
 * it, then optionally a synthetic bank of {@code --entries} copies of real entries (indexing
 * throughput), then query latency warm (uncached) in the chosen mode and the baseline side by side.
 */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description = "Time cold start, indexing throughput and warm query latency (mode and baseline side by side).")
final class BenchSearchCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--mode", paramLabel = "MODE", description = "hybrid (default) or lexical.")
    SearchMode mode = SearchMode.HYBRID;

    @Option(names = "--entries", paramLabel = "N", description = "Also time a synthetic bank of N entries (0: no).")
    int entries;

    @Option(names = "--rounds", paramLabel = "R", description = "Timed passes over the queries (default 5).")
    int rounds = 5;

    @Option(
            names = "--warmup-rounds",
            paramLabel = "W",
            description = "Untimed passes first, so the JIT has compiled the query path (default 10).")
    int warmupRounds = 10;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Persist indexes under DIR/index (run twice to time a restart that reuses them).")
    Path dataDir;

    @Option(
            names = "--queries",
            paramLabel = "FILE",
            description = "Eval-format JSON lines; default: the bank's questions.")
    Path queries;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExecutorService pool = Executors.newFixedThreadPool(
                2, r -> Thread.ofPlatform().daemon(true).unstarted(r));
        try {
            // As in the bot (SearchParts.open): the model loads on the pool while this thread reads the bank and warms
            // analysis up; "model" is the time until the model was ready, alongside the bank.
            long t0 = System.nanoTime();
            CompletableFuture<Long> modelReady = new CompletableFuture<>();
            CompletableFuture<Optional<Embedder>> loading = mode.needsModel()
                    ? CompletableFuture.supplyAsync(
                            () -> {
                                Optional<Embedder> m = Optional.of(new BgeEmbedder(pool, false));
                                modelReady.complete(System.nanoTime());
                                return m;
                            },
                            pool)
                    : CompletableFuture.completedFuture(Optional.empty());
            SearchService.warmUp();
            ContentBank real = ContentBank.bundled();
            long t1 = System.nanoTime();
            Optional<Embedder> model = loading.join();
            long t2 = System.nanoTime();
            SearchConfig config =
                    SearchConfig.defaults().withDense(model.isPresent()).withDataDir(Optional.ofNullable(dataDir));
            SearchService search = SearchService.open(real, config, model, IndexProgress.NONE);
            long t3 = System.nanoTime();
            search.searchUncached(real.entries().getFirst().question(), mode);
            long t4 = System.nanoTime();
            out.printf(
                    Locale.ROOT,
                    "cold start (bundled bank, %d entries, %s): warm-up + bank %.0f ms, model %.0f ms (loaded alongside), waiting for it %.0f ms, index %.0f ms, first query %.0f ms, total %.0f ms%n",
                    real.entries().size(),
                    name(mode),
                    ms(t1 - t0),
                    model.isPresent() ? ms(modelReady.join() - t0) : 0.0,
                    ms(t2 - t1),
                    ms(t3 - t2),
                    ms(t4 - t3),
                    ms(t4 - t0));
            out.printf(
                    Locale.ROOT,
                    "heap after GC: %.0f MB (max %d MB)%n",
                    heapMb(),
                    Runtime.getRuntime().maxMemory() >> 20);
            List<String> texts = queryTexts(real);
            if (entries > 0) {
                search.close();
                ContentBank big = SyntheticBank.of(real, entries);
                Optional<Embedder> cached = model.map(CachingEmbedder::new);
                long b0 = System.nanoTime();
                search = SearchService.open(big, config, cached, SearchCli.progress(err));
                long b1 = System.nanoTime();
                out.printf(
                        Locale.ROOT,
                        "synthetic bank: %d entries indexed in %.1f s (%.0f entries/s); heap after GC: %.0f MB%n",
                        entries,
                        (b1 - b0) / 1e9,
                        entries / ((b1 - b0) / 1e9),
                        heapMb());
            }
            out.printf(
                    Locale.ROOT,
                    "queries: %d x %d rounds, uncached, after %d warm-up rounds%n",
                    texts.size(),
                    rounds,
                    warmupRounds);
            out.printf(Locale.ROOT, "%-9s %8s %8s %8s%n", "mode", "p50 ms", "p99 ms", "mean ms");
            for (SearchMode m : List.of(mode, SearchMode.BASELINE)) {
                long[] nanos = time(search, texts, m);
                out.printf(
                        Locale.ROOT,
                        "%-9s %8.3f %8.3f %8.3f%n",
                        name(m),
                        ms(percentile(nanos, 0.50)),
                        ms(percentile(nanos, 0.99)),
                        ms((long) Arrays.stream(nanos).average().orElse(0)));
            }
            out.flush();
            search.close();
            return 0;
        } finally {
            pool.shutdownNow();
        }
    }

    private long[] time(SearchService search, List<String> texts, SearchMode m) {
        for (int w = 0; w < Math.max(1, warmupRounds); w++) {
            texts.forEach(q -> search.searchUncached(q, m));
        }
        long[] nanos = new long[texts.size() * rounds];
        int i = 0;
        for (int r = 0; r < rounds; r++) {
            for (String q : texts) {
                long s = System.nanoTime();
                search.searchUncached(q, m);
                nanos[i++] = System.nanoTime() - s;
            }
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private List<String> queryTexts(ContentBank real) throws IOException {
        if (queries == null) {
            return real.entries().stream().map(QaEntry::question).toList();
        }
        try (BufferedReader reader = Files.newBufferedReader(queries, StandardCharsets.UTF_8)) {
            List<String> out = new ArrayList<>();
            for (EvalQuery q : new EvalReader().read(reader)) {
                out.add(q.query());
            }
            return out;
        }
    }

    private static String name(SearchMode m) {
        return m.name().toLowerCase(Locale.ROOT);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double heapMb() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
