package dev.wenda.search;

import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;

/**
 * One community's own entries, indexed in memory with a near-real-time writer, and the base
 * entries it hid. Its {@link #snapshot} reads the unchanged base index and this small index as one
 * (a {@link MultiReader}), so ranking, features and the decision are those of the base bank. An
 * edit touches only the documents it names: no rebuild of either index. Thread-safe.
 */
final class CommunityOverlay implements AutoCloseable {
    private final IndexBuilder builder;
    private final Optional<Embedder> embedder;
    private final IndexWriter writer;
    private DirectoryReader reader;
    /** Live community entries in the order they were first added. */
    private final Map<String, QaEntry> entries = new LinkedHashMap<>();
    /** The ordinal doc value each community document was written with, to its entry id. */
    private final Map<Long, String> idOfSequence = new HashMap<>();

    private final Map<String, Long> sequenceOfId = new HashMap<>();

    private final Set<String> hidden = new HashSet<>();
    private long nextSequence;
    private long revision;
    private IndexSnapshot cached;
    private long cachedBase = -1;
    private long cachedRevision = -1;

    CommunityOverlay(IndexBuilder builder, Optional<Embedder> embedder, Analysis analysis) throws IOException {
        this.builder = builder;
        this.embedder = embedder;
        this.writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(analysis.standard));
        this.reader = DirectoryReader.open(writer);
    }

    /** Applies {@code edit}; the next {@link #snapshot} sees it. */
    synchronized void apply(CommunityEdit edit) throws IOException {
        List<QaEntry> upserts = edit.upserts();
        List<float[]> vectors = embedder.isEmpty() || upserts.isEmpty()
                ? List.of()
                : embedder.get()
                        .embedDocuments(upserts.stream().map(builder::denseText).toList());
        for (int i = 0; i < upserts.size(); i++) {
            QaEntry entry = upserts.get(i);
            long sequence = nextSequence++;
            var document = builder.document((int) sequence, entry, vectors.isEmpty() ? null : vectors.get(i));
            if (entries.containsKey(entry.id())) {
                writer.updateDocument(new Term(Fields.ID, entry.id()), document);
            } else {
                writer.addDocument(document);
            }
            forget(entry.id());
            idOfSequence.put(sequence, entry.id());
            sequenceOfId.put(entry.id(), sequence);
            entries.put(entry.id(), entry);
        }
        for (String id : edit.removals()) {
            if (entries.remove(id) != null) {
                writer.deleteDocuments(new Term(Fields.ID, id));
                forget(id);
            }
        }
        hidden.addAll(edit.hide());
        edit.unhide().forEach(hidden::remove);
        DirectoryReader fresh = DirectoryReader.openIfChanged(reader, writer);
        if (fresh != null) {
            DirectoryReader old = reader;
            reader = fresh;
            old.decRef();
        }
        revision++;
    }

    private void forget(String id) {
        Long sequence = sequenceOfId.remove(id);
        if (sequence != null) {
            idOfSequence.remove(sequence);
        }
    }

    synchronized List<QaEntry> entries() {
        return List.copyOf(entries.values());
    }

    synchronized Optional<QaEntry> entry(String id) {
        return Optional.ofNullable(entries.get(id));
    }

    synchronized Set<String> hidden() {
        return Set.copyOf(hidden);
    }

    /** Whether the community hid the base entry {@code id} (no copy of the hidden set). */
    synchronized boolean hides(String id) {
        return hidden.contains(id);
    }

    /**
     * The community's bank over {@code base} (which the caller holds a reference to), with one
     * reference for the caller; reused while neither the base nor this overlay changed.
     */
    synchronized IndexSnapshot snapshot(IndexSnapshot base, long version, Map<String, Integer> baseVocabulary)
            throws IOException {
        if (cached != null && cachedBase == base.version && cachedRevision == revision && cached.tryIncRef()) {
            return cached;
        }
        List<QaEntry> all = new ArrayList<>(base.entries.size() + entries.size());
        int[] baseToAll = new int[base.entries.size()];
        for (int i = 0; i < base.entries.size(); i++) {
            QaEntry e = base.entries.get(i);
            baseToAll[i] = hidden.contains(e.id()) ? -1 : all.size();
            if (baseToAll[i] >= 0) {
                all.add(e);
            }
        }
        Map<String, Integer> position = new HashMap<>();
        for (QaEntry e : entries.values()) {
            position.put(e.id(), all.size());
            all.add(e);
        }
        int baseDocs = base.reader.maxDoc();
        int[] ordinals = new int[baseDocs + reader.maxDoc()];
        for (int doc = 0; doc < baseDocs; doc++) {
            int ordinal = base.ordinalOfDoc(doc);
            ordinals[doc] = ordinal < 0 ? -1 : baseToAll[ordinal];
        }
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues sequences = leaf.reader().getNumericDocValues(Fields.ORDINAL);
            Bits live = leaf.reader().getLiveDocs();
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                int at = baseDocs + leaf.docBase + doc;
                boolean alive = (live == null || live.get(doc)) && sequences != null && sequences.advanceExact(doc);
                Integer ordinal = alive ? position.get(idOfSequence.get(sequences.longValue())) : null;
                ordinals[at] = ordinal == null ? -1 : ordinal;
            }
        }
        Map<String, Integer> vocabulary = new HashMap<>(baseVocabulary);
        SnapshotFactory.latinWords(entries.values()).forEach((w, n) -> vocabulary.merge(w, n, Integer::sum));
        // Not closing the sub-readers: the multi-reader takes its own reference on each.
        MultiReader both = new MultiReader(new IndexReader[] {base.reader, reader}, false);
        IndexSnapshot fresh = new IndexSnapshot(
                version, base.contentHash, all, both, ordinals, new SpellFixer(vocabulary), base.dense, base.topics);
        if (cached != null) {
            cached.decRef();
        }
        cached = fresh;
        cachedBase = base.version;
        cachedRevision = revision;
        fresh.tryIncRef();
        return fresh;
    }

    @Override
    public synchronized void close() throws IOException {
        if (cached != null) {
            cached.decRef();
            cached = null;
        }
        reader.decRef();
        writer.close();
        writer.getDirectory().close();
    }
}
