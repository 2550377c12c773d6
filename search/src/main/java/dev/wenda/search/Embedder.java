package dev.wenda.search;

import java.util.List;

/**
 * Turns text into unit-length vectors whose dot product measures meaning similarity. The model
 * name is part of the persisted index key, so changing the model rebuilds the index.
 */
public interface Embedder {
    /** A stable name of the model and its settings, e.g. {@code bge-small-zh-v1.5-q}. */
    String name();

    int dimension();

    /** Unit-length embedding of a document (an entry). */
    float[] embedDocument(String text);

    /** Unit-length embeddings of many documents, in order; may use several threads. */
    List<float[]> embedDocuments(List<String> texts);

    /** Unit-length embedding of a search query. */
    float[] embedQuery(String text);

    /**
     * {@link #embedQuery} with the vectors of the query's content tokens from the same forward pass
     * (empty when the model does not provide them).
     */
    default Embedded embedQueryWithTokens(String text) {
        return new Embedded(embedQuery(text), TokenVectors.EMPTY);
    }

    /** {@link #embedDocuments} with each document's token vectors (empty when the model does not provide them). */
    default List<Embedded> embedDocumentsWithTokens(List<String> texts) {
        return embedDocuments(texts).stream()
                .map(v -> new Embedded(v, TokenVectors.EMPTY))
                .toList();
    }

    static float[] unit(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        float norm = (float) Math.sqrt(sum);
        if (norm == 0) {
            return v.clone();
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] / norm;
        }
        return out;
    }
}
