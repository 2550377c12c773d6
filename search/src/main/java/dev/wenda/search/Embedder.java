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
