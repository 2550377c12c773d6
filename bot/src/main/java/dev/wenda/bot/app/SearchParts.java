package dev.wenda.bot.app;

import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.content.ContentBank;
import dev.wenda.search.BgeEmbedder;
import dev.wenda.search.Embedder;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The search side of the composition root: its settings, and the service built on first use. Its
 * callers hold the {@link Wiring} lock, so it needs none of its own.
 */
final class SearchParts {
    private final boolean dense;
    private SearchConfig config;
    private SearchService search;

    /** @param dense {@code search.dense} of the configuration */
    SearchParts(boolean dense) {
        this.dense = dense;
    }

    /**
     * Dense retrieval as {@code search.dense} says (on by default) and indexes persisted under
     * {@code ./data/index/<content hash>...} (next to the H2 file), so a restart skips embedding the
     * bank.
     */
    SearchConfig config() {
        if (config == null) {
            config = SearchConfig.defaults().withDense(dense).withDataDir(Optional.of(Path.of("data")));
        }
        return config;
    }

    /** Replaces the settings; only before the service is built. */
    void use(SearchConfig settings) {
        if (search != null) {
            throw new IllegalStateException("search is already built");
        }
        this.config = settings;
    }

    /** The service, if built already. */
    Optional<SearchService> built() {
        return Optional.ofNullable(search);
    }

    /** The service over {@code bank}, built on first use with index progress to {@code progress}. */
    SearchService open(IndexProgress progress, Supplier<ContentBank> bank, PrometheusMetrics metrics) {
        if (search == null) {
            SearchConfig settings = config();
            // The model loads on the embedding pool while this thread reads the bank and warms
            // analysis up: on 2 cores that takes about a second off a cold start.
            Executor pool = embedPool();
            CompletableFuture<Optional<Embedder>> embedder = settings.dense()
                    ? CompletableFuture.supplyAsync(
                            () -> Optional.of(new BgeEmbedder(pool, settings.queryInstruction())), pool)
                    : CompletableFuture.completedFuture(Optional.empty());
            SearchService.warmUp();
            ContentBank content = bank.get();
            SearchService opened = SearchService.open(content, settings, embedder.join(), progress);
            metrics.watchSearchCache(() -> opened.cacheStats().hitCount(), () -> opened.cacheStats()
                    .missCount());
            search = opened;
        }
        return search;
    }

    private static Executor embedPool() {
        AtomicInteger n = new AtomicInteger();
        int threads = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
        return Executors.newFixedThreadPool(threads, r -> Thread.ofPlatform()
                .name("wenda-embed-" + n.incrementAndGet())
                .daemon(true)
                .unstarted(r));
    }
}
