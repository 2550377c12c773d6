package dev.wenda.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Searches the Q&A bank: finds the entry that answers a chat message, offers a few candidates, or
 * says the bank has no answer. Thread-safe. Results are cached by normalized query, mode and index
 * version. {@link #reload} builds the new index to the side and swaps it in atomically; queries
 * never see a half-built index, and queries running on the old one finish on it.
 */
public final class SearchService implements AutoCloseable {
    /** Chat messages are cut to this many characters before analysis (a 10,000-character paste is safe). */
    public static final int MAX_QUERY_CHARS = 512;

    private final Analysis analysis;
    private final Synonyms synonyms;
    private final Optional<Embedder> embedder;
    private final SnapshotFactory factory;
    private final Retriever retriever;
    private final AtomicReference<IndexSnapshot> current = new AtomicReference<>();
    private final AtomicLong versions = new AtomicLong();
    private final Cache<CacheKey, SearchOutcome> cache;
    private final QueryTerms.ConceptCache concepts = new QueryTerms.ConceptCache();
    private final DecisionModel decisions;
    private final FeatureReader features;
    private final Communities communities;

    record CacheKey(long version, SearchMode mode, String normalizedQuery) {}

    private SearchService(SearchConfig config, Optional<Embedder> embedder, DecisionModel decisions) {
        this.decisions = decisions;
        this.features = new FeatureReader(embedder.map(ChatExemplars::embed).orElse(ChatExemplars.NONE));
        this.analysis = new Analysis(new TextNormalizer());
        this.synonyms = Synonyms.bundled(analysis.normalizer);
        this.embedder = embedder;
        this.factory = new SnapshotFactory(analysis, synonyms, concepts, embedder, new IndexStore(config.dataDir()));
        this.retriever = new Retriever(analysis, embedder);
        this.communities = new Communities(factory);
        this.cache = Caffeine.newBuilder()
                .maximumSize(config.cacheSize())
                .recordStats()
                .build();
    }

    /**
     * Indexes {@code bank} (or reuses its persisted index) and returns a ready service.
     *
     * @param embedder the dense model; empty for lexical search only
     */
    public static SearchService open(
            ContentBank bank, SearchConfig config, Optional<Embedder> embedder, IndexProgress progress) {
        return open(bank, config, embedder, progress, DecisionModel.bundled());
    }

    /** {@link #open(ContentBank, SearchConfig, Optional, IndexProgress)} with another decision model. */
    public static SearchService open(
            ContentBank bank,
            SearchConfig config,
            Optional<Embedder> embedder,
            IndexProgress progress,
            DecisionModel decisions) {
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(decisions, "decisions");
        SearchService service = new SearchService(config, config.dense() ? embedder : Optional.empty(), decisions);
        service.reload(bank, progress);
        return service;
    }

    /**
     * Loads what analysis needs on first use (smartcn's word and bigram dictionaries, ICU's
     * Traditional-Simplified rules; about half a second on a cold JVM), so that it can overlap
     * loading the bank and the model on another thread instead of delaying the index build. Safe to
     * call from any thread, any number of times.
     */
    public static void warmUp() {
        Analysis analysis = new Analysis(new TextNormalizer());
        String sample = "批歸一化 BatchNorm 的作用 3×3 卷积";
        analysis.words(sample);
        analysis.bigrams(sample);
    }

    /** The dense model, when search uses one (the quiz compares answers with it; the gap report groups by it). */
    public Optional<Embedder> embedder() {
        return embedder;
    }

    /** The mode used by {@link #search(String)}: hybrid with the model, lexical without. */
    public SearchMode defaultMode() {
        return embedder.isPresent() ? SearchMode.HYBRID : SearchMode.LEXICAL;
    }

    public SearchOutcome search(String query) {
        return search(query, defaultMode());
    }

    /** A cached search; see {@link #searchUncached} for the contract. */
    public SearchOutcome search(String query, SearchMode mode) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mode, "mode");
        if (mode == SearchMode.BASELINE) {
            return searchUncached(query, mode); // the baseline sees raw text; normalized keys would merge queries
        }
        IndexSnapshot index = acquire();
        try {
            CacheKey key = new CacheKey(index.version, mode, analysis.normalizer.normalize(truncate(query)));
            return cache.get(key, k -> run(index, query, mode));
        } finally {
            index.decRef();
        }
    }

    /**
     * A cached search of {@code community}'s bank: the base bank, less the entries it hid, plus its
     * own entries ({@link #applyCommunity}), decided by the same model. A community that changed
     * nothing searches the base bank itself.
     */
    public SearchOutcome search(String community, String query, SearchMode mode) {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mode, "mode");
        IndexSnapshot base = acquire();
        IndexSnapshot index;
        try {
            index = communities.snapshot(community, base, versions::incrementAndGet);
        } finally {
            base.decRef();
        }
        try {
            if (mode == SearchMode.BASELINE) {
                return run(index, query, mode);
            }
            CacheKey key = new CacheKey(index.version, mode, analysis.normalizer.normalize(truncate(query)));
            return cache.get(key, k -> run(index, query, mode));
        } finally {
            index.decRef();
        }
    }

    /** {@link #search(String, String, SearchMode)} in the {@link #defaultMode()}. */
    public SearchOutcome search(String community, String query) {
        return search(community, query, defaultMode());
    }

    /**
     * Changes {@code community}'s bank: only the named entries are (re)indexed, in memory next to
     * the base index, which stays as it is. Searches that start after this returns see the change.
     */
    public void applyCommunity(String community, CommunityEdit edit) {
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(edit, "edit");
        communities.apply(community, edit);
    }

    /** {@code community}'s own entries (not the base bank's), in the order they were added. */
    public List<QaEntry> communityEntries(String community) {
        return communities.entries(community);
    }

    /** {@code community}'s bank: the base entries it did not hide, then its own, in the order added. */
    public List<QaEntry> entries(String community) {
        List<QaEntry> own = communities.entries(community);
        List<QaEntry> out = new ArrayList<>(entries().size() + own.size());
        for (QaEntry e : entries()) {
            if (!communities.hides(community, e.id())) {
                out.add(e);
            }
        }
        out.addAll(own);
        return out;
    }

    /** An entry of {@code community}'s bank: its own, or a base entry it did not hide. */
    public Optional<QaEntry> entry(String community, String id) {
        Optional<QaEntry> own = communities.entry(community, id);
        if (own.isPresent() || communities.hides(community, id)) {
            return own;
        }
        return entry(id);
    }

    /**
     * The entry a reply showing {@code entry} of {@code community}'s bank cites: {@code entry}
     * itself, or the entry it answers from ({@link QaEntry#citedId()}) while the community's bank
     * has it.
     */
    public QaEntry cited(String community, QaEntry entry) {
        return entry.citedId().equals(entry.id())
                ? entry
                : entry(community, entry.citedId()).orElse(entry);
    }

    /**
     * Searches without the cache (evaluation and benchmarks). Any text is safe: it is truncated to
     * {@link #MAX_QUERY_CHARS}, normalized and analyzed, never parsed as query syntax.
     *
     * @throws IllegalArgumentException when {@code mode} needs the model and dense search is off
     */
    public SearchOutcome searchUncached(String query, SearchMode mode) {
        return Decider.decide(assess(query, mode), decisions.weights(mode));
    }

    /** Replaces the index with one built from {@code bank}; returns when the new one is live. */
    public void reload(ContentBank bank, IndexProgress progress) {
        IndexSnapshot fresh;
        try {
            fresh = factory.create(versions.incrementAndGet(), bank, progress);
        } catch (IOException e) {
            throw new UncheckedIOException("could not build the search index", e);
        }
        IndexSnapshot old = current.getAndSet(fresh);
        if (old != null) {
            old.decRef();
        }
        cache.invalidateAll();
    }

    /** Increases on every reload; part of every cache key. */
    public long indexVersion() {
        return current.get().version;
    }

    public List<QaEntry> entries() {
        return current.get().entries;
    }

    public Optional<QaEntry> entry(String id) {
        return Optional.ofNullable(current.get().byId.get(id));
    }

    /** Topics the bank covers, as shown in abstentions. */
    public List<String> topics() {
        return current.get().topics;
    }

    /** Cached results right now (for tests and metrics). */
    public long cachedResults() {
        cache.cleanUp();
        return cache.estimatedSize();
    }

    /** Hits and misses of the result cache since start, for metrics. */
    public CacheStats cacheStats() {
        return cache.stats();
    }

    /** The result cache itself, for a metrics binder to read its statistics; callers do not write it. */
    public Cache<?, ?> resultCache() {
        return cache;
    }

    @Override
    public void close() {
        communities.close();
        IndexSnapshot old = current.getAndSet(null);
        if (old != null) {
            old.decRef();
        }
    }

    static String truncate(String query) {
        if (query.length() <= MAX_QUERY_CHARS) {
            return query;
        }
        int end = MAX_QUERY_CHARS;
        if (Character.isHighSurrogate(query.charAt(end - 1))) {
            end--;
        }
        return query.substring(0, end);
    }

    private IndexSnapshot acquire() {
        while (true) {
            IndexSnapshot s = current.get();
            if (s == null) {
                throw new IllegalStateException("search service is closed");
            }
            if (s.tryIncRef()) {
                return s;
            }
        }
    }

    private SearchOutcome run(IndexSnapshot index, String query, SearchMode mode) {
        return Decider.decide(assess(index, query, mode), decisions.weights(mode));
    }

    /**
     * The ranking and the evidence for its first entries, before any decision (calibration fits the
     * decision model on these). Uncached; any text is safe, as for {@link #searchUncached}.
     */
    public Assessment assess(String query, SearchMode mode) {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mode, "mode");
        IndexSnapshot index = acquire();
        try {
            return assess(index, query, mode);
        } finally {
            index.decRef();
        }
    }

    private Assessment assess(IndexSnapshot index, String query, SearchMode mode) {
        if (mode.needsModel() && !index.dense) {
            throw new IllegalArgumentException("mode " + mode + " needs the embedding model, but dense search is off");
        }
        try {
            String truncated = truncate(query);
            QueryTerms terms = QueryTerms.of(
                    analysis.normalizer.normalize(truncated), index.spellFixer, synonyms, analysis, concepts);
            Retriever.Ranking ranking = retriever.rank(index, terms, truncated, mode);
            return new Assessment(
                    padded(index, ranking.hits()),
                    features.of(index, terms, ranking),
                    index.topics,
                    mode != SearchMode.BASELINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At least ten ranked entries when the bank has them: unmatched entries follow in bank order with score 0. */
    private static List<Hit> padded(IndexSnapshot index, List<Hit> hits) {
        int want = Math.min(10, index.entries.size());
        if (hits.size() >= want) {
            return hits;
        }
        List<Hit> out = new ArrayList<>(hits);
        Set<String> present = new HashSet<>();
        hits.forEach(h -> present.add(h.entry().id()));
        for (QaEntry e : index.entries) {
            if (out.size() >= want) {
                break;
            }
            if (present.add(e.id())) {
                out.add(new Hit(e, 0, 0, 0));
            }
        }
        return out;
    }
}
