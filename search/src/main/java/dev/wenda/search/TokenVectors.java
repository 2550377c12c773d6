package dev.wenda.search;

import java.nio.ByteBuffer;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.VectorUtil;

/**
 * The unit-length contextual vectors of a text's content tokens (the embedding model's last
 * hidden state, without [CLS], [SEP] and punctuation), for token-level matching in the style of
 * BERTScore: each token of one text is matched to its most similar token of the other.
 *
 * <p>Stored in the index as bytes: per token a float scale and one signed byte per dimension
 * (the component over the token's largest absolute component, times 127), at most {@link
 * #MAX_TOKENS} tokens; 516 bytes per token for a 512-dimension model.
 */
public record TokenVectors(int[] ids, float[][] rows) {
    /** Tokens kept of one text: entry questions are far shorter, long pastes are cut. */
    static final int MAX_TOKENS = 64;

    static final TokenVectors EMPTY = new TokenVectors(new int[0], new float[0][]);

    /**
     * The greedy match of a query's tokens against an entry's.
     *
     * @param recall mean over the query's tokens of the best cosine with an entry token
     * @param precision mean over the entry's tokens of the best cosine with a query token
     */
    public record Match(double recall, double precision) {
        static final Match NONE = new Match(0, 0);

        /** The harmonic mean of recall and precision (BERTScore's F1). */
        public double f1() {
            return recall + precision <= 0 ? 0 : 2 * recall * precision / (recall + precision);
        }
    }

    boolean isEmpty() {
        return rows.length == 0;
    }

    /** Matches this text's tokens (the query's) against {@code entry}'s. */
    Match match(TokenVectors entry) {
        return match(entry, id -> 1.0);
    }

    /** {@link #match(TokenVectors)} with each token's best cosine weighted by {@code weight} of its id. */
    Match match(TokenVectors entry, java.util.function.IntToDoubleFunction weight) {
        if (isEmpty() || entry.isEmpty()) {
            return Match.NONE;
        }
        double[] bestOfEntry = new double[entry.rows.length];
        java.util.Arrays.fill(bestOfEntry, -1);
        double recall = 0;
        double recallWeight = 0;
        for (int i = 0; i < rows.length; i++) {
            float[] q = rows[i];
            double best = -1;
            for (int j = 0; j < entry.rows.length; j++) {
                double c = VectorUtil.dotProduct(q, entry.rows[j]);
                best = Math.max(best, c);
                bestOfEntry[j] = Math.max(bestOfEntry[j], c);
            }
            double w = weight.applyAsDouble(ids[i]);
            recall += w * best;
            recallWeight += w;
        }
        double precision = 0;
        double precisionWeight = 0;
        for (int j = 0; j < bestOfEntry.length; j++) {
            double w = weight.applyAsDouble(entry.ids[j]);
            precision += w * bestOfEntry[j];
            precisionWeight += w;
        }
        return new Match(
                recallWeight <= 0 ? 0 : recall / recallWeight, precisionWeight <= 0 ? 0 : precision / precisionWeight);
    }

    /** The stored form (see the class comment). */
    BytesRef toBytes() {
        int n = Math.min(MAX_TOKENS, rows.length);
        int dim = n == 0 ? 0 : rows[0].length;
        ByteBuffer out = ByteBuffer.allocate(8 + n * (8 + dim));
        out.putInt(n).putInt(dim);
        for (int i = 0; i < n; i++) {
            out.putInt(ids[i]);
            float max = 0;
            for (float x : rows[i]) {
                max = Math.max(max, Math.abs(x));
            }
            out.putFloat(max);
            for (float x : rows[i]) {
                out.put(max == 0 ? 0 : (byte) Math.round(x / max * 127));
            }
        }
        return new BytesRef(out.array());
    }

    /** Reads {@link #toBytes()}'s form; each row is made unit length again. */
    static TokenVectors fromBytes(BytesRef bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
        int n = in.getInt();
        int dim = in.getInt();
        float[][] rows = new float[n][dim];
        int[] ids = new int[n];
        for (int i = 0; i < n; i++) {
            ids[i] = in.getInt();
            float scale = in.getFloat() / 127;
            for (int d = 0; d < dim; d++) {
                rows[i][d] = in.get() * scale;
            }
            rows[i] = Embedder.unit(rows[i]);
        }
        return new TokenVectors(ids, rows);
    }
}
