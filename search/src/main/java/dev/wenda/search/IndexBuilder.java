package dev.wenda.search;

import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.store.Directory;

/**
 * Writes one Lucene document per entry: question and answer as words and as bigrams (with term
 * vectors, for query-term coverage), the question for the stock baseline, the entry's position in
 * the bank, the presence scores of the dictionary concepts it holds ({@link ConceptFeatures}), and
 * the question's embedding when dense retrieval is on. Commits once at the end, so a
 * reader never sees a half-built index.
 */
final class IndexBuilder {
    /** Entries embedded per batch (keeps progress moving and memory flat). */
    private static final int BATCH = 256;

    private static final FieldType TEXT_WITH_VECTORS = textWithVectors();

    private final Analysis analysis;
    private final Synonyms synonyms;
    private final ConceptFeatures concepts;
    private final Optional<Embedder> embedder;

    IndexBuilder(Analysis analysis, Synonyms synonyms, ConceptFeatures concepts, Optional<Embedder> embedder) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.concepts = concepts;
        this.embedder = embedder;
    }

    /** Identifies the dictionary the concept features come from, for the persisted index's name. */
    String dictionaryFingerprint() {
        return synonyms.fingerprint();
    }

    void build(List<QaEntry> entries, Directory dir, IndexProgress progress) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analysis.perField)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int start = 0; start < entries.size(); start += BATCH) {
                List<QaEntry> batch = entries.subList(start, Math.min(entries.size(), start + BATCH));
                List<float[]> vectors = embedder.map(e -> e.embedDocuments(
                                batch.stream().map(this::denseText).toList()))
                        .orElse(List.of());
                List<Document> docs = new ArrayList<>(batch.size());
                for (int i = 0; i < batch.size(); i++) {
                    docs.add(document(start + i, batch.get(i), vectors.isEmpty() ? null : vectors.get(i)));
                }
                writer.addDocuments(docs);
                progress.indexed(start + batch.size(), entries.size());
            }
            writer.forceMerge(1);
            writer.commit();
        }
    }

    /**
     * What the dense model sees of an entry: its normalized question followed by the Chinese
     * names of the dictionary concepts it spells otherwise, exactly as queries are expanded, so
     * "group convolution" and 分组卷积 meet.
     */
    String denseText(QaEntry entry) {
        String normalized = analysis.normalizer.normalize(entry.question());
        StringBuilder out = new StringBuilder(normalized);
        for (Synonyms.Concept c : synonyms.expand(normalized).concepts()) {
            String name = c.variants().getFirst();
            if (!normalized.contains(name)) {
                out.append(' ').append(name);
            }
        }
        return out.toString();
    }

    private Document document(int ordinal, QaEntry entry, float[] vector) {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        doc.add(new Field(Fields.QUESTION_WORDS, entry.question(), TEXT_WITH_VECTORS));
        doc.add(new Field(Fields.QUESTION_BIGRAMS, entry.question(), TEXT_WITH_VECTORS));
        doc.add(new Field(Fields.ANSWER_WORDS, entry.answer(), TEXT_WITH_VECTORS));
        doc.add(new Field(Fields.ANSWER_BIGRAMS, entry.answer(), TEXT_WITH_VECTORS));
        doc.add(new TextField(Fields.BASELINE, entry.question(), Field.Store.NO));
        concepts.fields(DocTerms.analyze(analysis, entry.question(), entry.answer()))
                .forEach(doc::add);
        if (vector != null) {
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    private static FieldType textWithVectors() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
        type.setTokenized(true);
        type.setStoreTermVectors(true);
        type.freeze();
        return type;
    }
}
