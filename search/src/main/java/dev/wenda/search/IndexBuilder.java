package dev.wenda.search;

import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
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
    /**
     * One analyzer per analyzed field: a document's four token streams are cached at the same time,
     * and an analyzer reuses one token stream per thread. They take normalized text: an entry is
     * normalized once, not once per field.
     */
    private final Analyzer questionWords;

    private final Analyzer questionBigrams;
    private final Analyzer answerWords;
    private final Analyzer answerBigrams;

    IndexBuilder(Analysis analysis, Synonyms synonyms, ConceptFeatures concepts, Optional<Embedder> embedder) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.concepts = concepts;
        this.embedder = embedder;
        this.questionWords = new WordAnalyzer(UnaryOperator.identity(), analysis.stopWords);
        this.questionBigrams = new BigramAnalyzer(UnaryOperator.identity(), analysis.stopWords);
        this.answerWords = new WordAnalyzer(UnaryOperator.identity(), analysis.stopWords);
        this.answerBigrams = new BigramAnalyzer(UnaryOperator.identity(), analysis.stopWords);
    }

    /**
     * Identifies the dictionary the concept features come from and the stop words the fields drop,
     * for the persisted index's name: editing either builds a new index.
     */
    String dictionaryFingerprint() {
        return String.format(Locale.ROOT, "%08x", 31 * synonyms.fingerprint().hashCode() + analysis.stopWordsHash());
    }

    void build(List<QaEntry> entries, Directory dir, IndexProgress progress) throws IOException {
        // The word and bigram fields come analyzed; only the baseline's field uses the writer's analyzer.
        IndexWriterConfig config = new IndexWriterConfig(analysis.standard)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(dir, config)) {
            for (int start = 0; start < entries.size(); start += BATCH) {
                List<QaEntry> batch = entries.subList(start, Math.min(entries.size(), start + BATCH));
                List<float[]> vectors = embedder.map(e -> e.embedDocuments(
                                batch.stream().map(this::denseText).toList()))
                        .orElse(List.of());
                for (int i = 0; i < batch.size(); i++) {
                    // One at a time: the document's cached token streams hold its analyzers until indexed.
                    writer.addDocument(document(start + i, batch.get(i), vectors.isEmpty() ? null : vectors.get(i)));
                }
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

    /**
     * The entry's document. Question and answer are normalized once and analyzed once: the tokens
     * go into the index (replayed from a {@link CachingTokenFilter}) and into the sets the concept
     * features are computed from.
     */
    Document document(int ordinal, QaEntry entry, float[] vector) throws IOException {
        Document doc = new Document();
        doc.add(new StringField(Fields.ID, entry.id(), Field.Store.YES));
        doc.add(new NumericDocValuesField(Fields.ORDINAL, ordinal));
        String question = analysis.normalizer.normalize(entry.question());
        String answer = analysis.normalizer.normalize(entry.answer());
        Set<String> qw = new HashSet<>();
        Set<String> qb = new HashSet<>();
        Set<String> aw = new HashSet<>();
        Set<String> ab = new HashSet<>();
        doc.add(analyzed(questionWords, Fields.QUESTION_WORDS, question, qw));
        doc.add(analyzed(questionBigrams, Fields.QUESTION_BIGRAMS, question, qb));
        doc.add(analyzed(answerWords, Fields.ANSWER_WORDS, answer, aw));
        doc.add(analyzed(answerBigrams, Fields.ANSWER_BIGRAMS, answer, ab));
        doc.add(new TextField(Fields.BASELINE, entry.question(), Field.Store.NO));
        concepts.fields(new DocTerms(qw, qb, aw, ab)).forEach(doc::add);
        if (vector != null) {
            doc.add(new KnnFloatVectorField(Fields.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
        }
        return doc;
    }

    /** A field whose tokens were analyzed here, collecting them into {@code tokens} on the way. */
    private static Field analyzed(Analyzer analyzer, String field, String text, Set<String> tokens) throws IOException {
        CachingTokenFilter cached = new CachingTokenFilter(analyzer.tokenStream(field, text));
        CharTermAttribute term = cached.addAttribute(CharTermAttribute.class);
        cached.reset();
        while (cached.incrementToken()) {
            tokens.add(term.toString());
        }
        return new Field(field, cached, TEXT_WITH_VECTORS);
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
