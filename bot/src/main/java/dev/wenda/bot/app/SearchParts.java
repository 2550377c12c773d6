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
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** The search side of the composition root: its settings, and the service built on first use. */
final class SearchParts {
    private final boolean dense;
    private final Path dataDir;
    private SearchConfig config;
    private SearchService search;

    /**
     * @param dense {@code search.dense} of the configuration
     * @param contentDir the user's content folder, if the bot serves one instead of the bundled bank
     */
    SearchParts(boolean dense, Optional<Path> contentDir) {
        this(dense, contentDir, Path.of("data"));
    }

    /**
     * @param data where indexes persist: {@code <data>/index} for the bundled bank, {@code
     *     <data>/content/index} for a content folder. Opening an index removes the folders of other
     *     content next to it, so a {@code --content DIR} run must not share the bundled bank's.
     */
    SearchParts(boolean dense, Optional<Path> contentDir, Path data) {
        this.dense = dense;
        this.dataDir = contentDir.isPresent() ? data.resolve("content") : data;
    }

    /**
     * Dense retrieval as {@code search.dense} says (on by default) and indexes persisted under
     * {@code ./data/index/<content hash>...} (next to the H2 file; {@code ./data/content/index} for
     * a content folder), so a restart skips embedding the bank.
     */
    synchronized SearchConfig config() {
        if (config == null) {
            config = SearchConfig.defaults().withDense(dense).withDataDir(Optional.of(dataDir));
        }
        return config;
    }

    /** Replaces the settings; only before the service is built. */
    synchronized void use(SearchConfig settings) {
        if (search != null) {
            throw new IllegalStateException("search is already built");
        }
        this.config = settings;
    }

    /** The service, if built already. */
    synchronized Optional<SearchService> built() {
        return Optional.ofNullable(search);
    }

    /** The service over {@code bank}, built on first use with index progress to {@code progress}. */
    synchronized SearchService open(IndexProgress progress, Supplier<ContentBank> bank, PrometheusMetrics metrics) {
        if (search == null) {
            SearchConfig settings = config();
            // The model loads and the bank is read on the embedding pool while this thread warms
            // analysis up (smartcn's dictionaries, ICU's transliterator): on 2 cores that takes
            // about a second off a cold start, and the bank's parse another few hundred ms.
            Executor pool = embedPool();
            CompletableFuture<Optional<Embedder>> embedder = settings.dense()
                    ? CompletableFuture.supplyAsync(
                            () -> Optional.of(new BgeEmbedder(pool, settings.queryInstruction())), pool)
                    : CompletableFuture.completedFuture(Optional.empty());
            CompletableFuture<ContentBank> content = CompletableFuture.supplyAsync(bank, pool);
            SearchService.warmUp();
            SearchService opened = SearchService.open(joined(content), settings, joined(embedder), progress);
            metrics.watchSearchCache(opened.resultCache());
            search = opened;
        }
        return search;
    }

    /** The future's value, or what it failed with, as if the work had run on this thread. */
    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
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
