package dev.wenda.bot.cli;

import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.BankSync;
import dev.wenda.bot.admin.CommunityBank;
import dev.wenda.bot.admin.DeckImport;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda bench bank}: a synthetic deck of {@code --entries} real entries imported into a new
 * community of the configured database until searchable, then {@code --adds} single entries, each
 * timed until searchable in this process and in a second engine (its own pool and index, polling
 * every {@code --poll-ms}) as a second process would be. Prints medians, p99 and maxima.
 */
@Command(
        name = "bank",
        mixinStandardHelpOptions = true,
        description =
                "Time a deck import until searchable, and single adds until searchable here and in a second engine.")
final class BenchBankCommand implements Callable<Integer> {
    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--entries", paramLabel = "N", description = "Entries in the synthetic deck (default 5000).")
    int entries = 5_000;

    @Option(names = "--adds", paramLabel = "K", description = "Single adds timed afterwards (default 50).")
    int adds = 50;

    @Option(names = "--poll-ms", paramLabel = "MS", description = "The second engine's poll period (default 2000).")
    long pollMillis = 2_000;

    @Mixin
    ConfigOption configuration;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Optional<WendaConfig> config = configuration.load(spec.commandLine().getErr());
        if (config.isEmpty()) {
            return ServeCommand.CONFIG_ERROR;
        }
        ContentBank bank = ContentBank.bundled();
        String community = "bench-" + System.currentTimeMillis();
        try (Database one = bench.root.wiring(config.get()).store();
                Database two = Database.open(one.config());
                SearchService here = lexical(bank);
                SearchService there = lexical(bank)) {
            BankSync syncHere = new BankSync(new CommunityEntries(one), here);
            BankSync syncThere = new BankSync(new CommunityEntries(two), there);
            syncHere.poll();
            syncThere.poll();
            byte[] deck = syntheticCsv(bank.entries(), entries, community);
            DeckImport importer = new DeckImport(
                    new CommunityEntries(one), bank::entries, syncHere::poll, BankLimits.defaults(), Clock.systemUTC());
            long start = System.nanoTime();
            DeckImport.Report report = importer.run(
                    new DeckImport.Request(
                            community,
                            Optional.of("synthetic"),
                            List.of(new DeckImport.Upload("synthetic.csv", deck)),
                            false,
                            "bench",
                            ""),
                    (done, total) ->
                            out.printf(Locale.ROOT, "imported %d/%d entries (%.1f s)%n", done, total, seconds(start)));
            String probe = question(bank.entries(), entries - 1, community);
            boolean found = here.search(community, probe).ranked().stream()
                    .anyMatch(h -> h.entry().question().equals(probe));
            out.printf(
                    Locale.ROOT,
                    "import of %d entries (%d duplicates, %d problems) until searchable: %.1f s (last entry found: %s)%n",
                    report.entries(),
                    report.duplicates(),
                    report.problems().size(),
                    seconds(start),
                    found);
            long catchUp = System.nanoTime();
            syncThere.poll();
            boolean foundThere = there.search(community, probe).ranked().stream()
                    .anyMatch(h -> h.entry().question().equals(probe));
            out.printf(
                    Locale.ROOT,
                    "second engine catches up with the import (one poll, until searchable): %.1f s (found: %s)%n",
                    seconds(catchUp),
                    foundThere);
            CommunityBank banked = new CommunityBank(
                    new CommunityEntries(one), here, syncHere, Clock.systemUTC(), BankLimits.defaults());
            ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor();
            poller.scheduleWithFixedDelay(syncThere::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
            double[] local = new double[adds];
            double[] remote = new double[adds];
            try {
                for (int i = 0; i < adds; i++) {
                    String q = "基准新增问题 " + community + " 第" + i + "个 LoRA" + i;
                    long t0 = System.nanoTime();
                    banked.add(community, q, "基准答案 " + i, List.of());
                    while (!top(here, community, q)) {
                        Thread.onSpinWait();
                    }
                    local[i] = (System.nanoTime() - t0) / 1e6;
                    while (!top(there, community, q)) {
                        Thread.sleep(5); // a benchmark waiting on a real poller, never a test
                    }
                    remote[i] = (System.nanoTime() - t0) / 1e6;
                }
            } finally {
                poller.shutdownNow();
            }
            out.println(summary("one added entry searchable in this process", local));
            out.println(summary("one added entry searchable in a second engine", remote));
        }
        out.flush();
        return 0;
    }

    private static boolean top(SearchService search, String community, String question) {
        return search.search(community, question).ranked().stream()
                .limit(3)
                .anyMatch(h -> h.entry().question().equals(question));
    }

    private static SearchService lexical(ContentBank bank) {
        return SearchService.open(bank, SearchConfig.defaults().withDense(false), Optional.empty(), IndexProgress.NONE);
    }

    static String question(List<QaEntry> real, int i, String community) {
        return "合成" + i + " " + real.get(i % real.size()).question();
    }

    /** {@code n} rows made from the real entries, each question numbered so none is a duplicate. */
    static byte[] syntheticCsv(List<QaEntry> real, int n, String community) {
        StringBuilder csv = new StringBuilder("question,answer,tags\n");
        for (int i = 0; i < n; i++) {
            QaEntry e = real.get(i % real.size());
            csv.append(quote(question(real, i, community)))
                    .append(',')
                    .append(quote(e.answer()))
                    .append(',')
                    .append(quote(String.join(";", e.tags())))
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String field) {
        return "\"" + field.replace("\"", "\"\"") + "\"";
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static String summary(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%s: median %.0f ms, p99 %.0f ms, max %.0f ms (%d adds)",
                what,
                sorted[sorted.length / 2],
                sorted[Math.max(0, (int) Math.ceil(sorted.length * 0.99) - 1)],
                sorted[sorted.length - 1],
                sorted.length);
    }
}
