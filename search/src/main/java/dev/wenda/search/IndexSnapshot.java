package dev.wenda.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;

/**
 * A fully built, immutable index over one bank: what queries run against. Reference counted like
 * Lucene's SearcherManager, so a reload can retire a snapshot while queries still use it.
 *
 * <p>A community's snapshot ({@link CommunityOverlay}) reads the base index and the community's
 * own small index together; base entries the community hid stay in the reader but have no ordinal
 * ({@link #visible} is false), so ranking skips them.
 */
final class IndexSnapshot {
    static final int DOC_TERMS_CACHED = 1_000;

    final long version;
    final String contentHash;
    final List<QaEntry> entries;
    final IndexReader reader;
    final IndexSearcher searcher;
    final SpellFixer spellFixer;
    final boolean dense;
    final List<String> topics;
    final Map<String, QaEntry> byId;
    private final int[] ordinalOfDoc;
    /** IDFs of dictionary concepts by group (bounded by the dictionary): fixed for this index, so computed once. */
    private final Map<Integer, Double> conceptIdf = new ConcurrentHashMap<>();

    private final Map<Integer, Double> conceptCoverageIdf = new ConcurrentHashMap<>();

    /**
     * Tokens of the entries queries land on, for coverage: the whole bundled bank fits; a large bank
     * keeps the 1,000 most used (a few hundred tokens each, so well under 20 MB).
     */
    private final Cache<Integer, DocTerms> docTerms =
            Caffeine.newBuilder().maximumSize(DOC_TERMS_CACHED).build();

    IndexSnapshot(
            long version,
            String contentHash,
            List<QaEntry> entries,
            Directory directory,
            SpellFixer spellFixer,
            boolean dense,
            List<String> topics)
            throws IOException {
        this(version, contentHash, entries, open(directory), null, spellFixer, dense, topics);
        if (reader.numDocs() != entries.size()) {
            throw new IllegalStateException(
                    "index has " + reader.numDocs() + " documents but the bank has " + entries.size() + " entries");
        }
    }

    /**
     * A snapshot over an open reader (one reference handed over to this snapshot).
     *
     * @param ordinalOfDoc each document's position in {@code entries}, -1 for one not in this bank;
     *     null to read them from the index's ordinal doc values
     */
    IndexSnapshot(
            long version,
            String contentHash,
            List<QaEntry> entries,
            IndexReader reader,
            int[] ordinalOfDoc,
            SpellFixer spellFixer,
            boolean dense,
            List<String> topics)
            throws IOException {
        this.version = version;
        this.contentHash = contentHash;
        this.entries = List.copyOf(entries);
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null); // queries are one-off; Wenda caches whole results
        this.spellFixer = spellFixer;
        this.dense = dense;
        this.topics = List.copyOf(topics);
        this.byId = this.entries.stream().collect(Collectors.toUnmodifiableMap(QaEntry::id, e -> e, (a, b) -> a));
        this.ordinalOfDoc = ordinalOfDoc != null ? ordinalOfDoc : readOrdinals(reader);
    }

    /** Opens {@code directory}; the directory closes with the reader's last reference. */
    private static DirectoryReader open(Directory directory) throws IOException {
        DirectoryReader reader;
        try {
            reader = DirectoryReader.open(directory);
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
        reader.getReaderCacheHelper().addClosedListener(key -> directory.close());
        return reader;
    }

    /** Whether {@code doc} is an entry of this bank (false for a base entry the community hid). */
    boolean visible(int doc) {
        return ordinalOfDoc[doc] >= 0;
    }

    QaEntry entryOfDoc(int doc) {
        return entries.get(ordinalOfDoc[doc]);
    }

    /** {@link LexicalQuery#conceptIdf} of {@code concept} in this index. */
    double conceptIdf(QueryTerms.Concept concept) {
        return conceptIdf.computeIfAbsent(
                concept.group(), g -> unchecked(() -> LexicalQuery.conceptIdf(concept, reader)));
    }

    /** {@link Coverage#conceptIdf} of {@code concept} in this index. */
    double conceptCoverageIdf(QueryTerms.Concept concept) {
        return conceptCoverageIdf.computeIfAbsent(
                concept.group(), g -> unchecked(() -> Coverage.conceptIdf(concept, reader)));
    }

    /** The tokens of {@code doc}'s question and answer (term vectors, read once per document). */
    DocTerms docTerms(int doc) {
        return docTerms.get(doc, d -> unchecked(() -> DocTerms.read(reader, d)));
    }

    private interface IoValue<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoValue<T> value) {
        try {
            return value.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int ordinalOfDoc(int doc) {
        return ordinalOfDoc[doc];
    }

    boolean tryIncRef() {
        return reader.tryIncRef();
    }

    /** Releases one reference; the last one closes the reader (and with it its directory). */
    void decRef() {
        try {
            reader.decRef();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int[] readOrdinals(IndexReader reader) throws IOException {
        int[] out = new int[reader.maxDoc()];
        for (var leaf : reader.leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(Fields.ORDINAL);
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                if (values == null || !values.advanceExact(doc)) {
                    throw new IllegalStateException("document " + doc + " has no ordinal");
                }
                out[leaf.docBase + doc] = (int) values.longValue();
            }
        }
        return out;
    }
}
