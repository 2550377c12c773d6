package dev.wenda.search;

import java.io.IOException;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.util.VectorUtil;

/** Reads one document's stored embedding to compute its exact similarity to a query. */
final class DenseVectors {
    private DenseVectors() {}

    static double similarity(IndexReader reader, int doc, float[] query) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            int local = doc - leaf.docBase;
            if (local < 0 || local >= leaf.reader().maxDoc()) {
                continue;
            }
            FloatVectorValues values = leaf.reader().getFloatVectorValues(Fields.VECTOR);
            if (values == null) {
                return 0;
            }
            KnnVectorValues.DocIndexIterator it = values.iterator();
            if (it.advance(local) == local) {
                return VectorUtil.dotProduct(query, values.vectorValue(it.index()));
            }
            return 0;
        }
        return 0;
    }
}
