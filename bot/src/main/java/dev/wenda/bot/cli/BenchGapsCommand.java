package dev.wenda.bot.cli;

import dev.wenda.bot.admin.GapGroups;
import dev.wenda.bot.admin.GapReport;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.search.BgeEmbedder;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code wenda bench gaps}: {@code --gaps} knowledge gaps (the bundled bank's questions and numbered
 * variants of them, each asked three times) in an in-memory H2 store, then {@code --views} views of the community's grouping as
 * the gaps page and the chat {@code gaps} command ask for it: once grouping on every view (a fresh
 * {@link GapGroups} each time, as before the cache), once through one {@link GapGroups} (the first
 * view groups, the rest reuse it until a gap arrives). Prints the medians and their ratio.
 */
@Command(
        name = "gaps",
        mixinStandardHelpOptions = true,
        description = "Time the gap grouping per view, without and with the grouping cache.")
final class BenchGapsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gaps", paramLabel = "N", description = "Gaps stored (default 1000).")
    int gaps = 1_000;

    @Option(names = "--views", paramLabel = "K", description = "Views timed each way (default 5).")
    int views = 5;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<String> questions = ContentBank.bundled().entries().stream()
                .map(QaEntry::question)
                .distinct()
                .toList();
        String community = "bench";
        try (Database db = Database.open(StoreConfig.h2Memory("bench-gaps-" + System.nanoTime()))) {
            GapStore store = new GapStore(db);
            Instant at = Instant.now();
            for (int i = 0; i < gaps; i++) {
                // each question asked three times: a third as many distinct questions as gaps, the
                // bank's questions again with a numbered variant once they run out
                int k = i / 3;
                String question = questions.get(k % questions.size())
                        + (k < questions.size() ? "" : " (" + k / questions.size() + ")");
                store.record("DISCORD", community, "c1", question, "NO_ANSWER", Optional.empty(), at.plusMillis(i));
            }
            GapReport report = new GapReport(new BgeEmbedder(Runnable::run, false));
            report.groups(store.recent(Optional.of(community), 10), 10); // loads the model outside the timing
            long[] uncached = new long[views];
            long[] cached = new long[views];
            int groupsSeen = 0;
            for (int i = 0; i < views; i++) {
                long start = System.nanoTime();
                groupsSeen = new GapGroups(() -> store, () -> report)
                        .of(Optional.of("DISCORD"), community)
                        .groups()
                        .size();
                uncached[i] = System.nanoTime() - start;
            }
            GapGroups shared = new GapGroups(() -> store, () -> report);
            for (int i = 0; i < views; i++) {
                long start = System.nanoTime();
                shared.of(Optional.of("DISCORD"), community);
                cached[i] = System.nanoTime() - start;
            }
            double before = median(uncached);
            double after = median(cached);
            out.printf(
                    Locale.ROOT,
                    "%d gaps (%d distinct questions, %d groups), %d views each:%n",
                    gaps,
                    (gaps + 2) / 3,
                    groupsSeen,
                    views);
            out.printf(
                    Locale.ROOT, "grouping on every view: median %.1f ms (first %.1f ms)%n", before, uncached[0] / 1e6);
            out.printf(
                    Locale.ROOT,
                    "grouping cached by revision: median %.1f ms (first, which groups, %.1f ms)%n",
                    after,
                    cached[0] / 1e6);
            out.printf(Locale.ROOT, "ratio of medians: %.0fx%n", before / after);
        }
        return 0;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
