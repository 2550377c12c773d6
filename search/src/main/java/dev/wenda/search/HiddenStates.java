package dev.wenda.search;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One forward pass of a BERT-style model that keeps the last hidden state: the [CLS] row, made
 * unit length, is the text's embedding (what langchain4j's CLS pooling returns for a text of one
 * window), and the other rows are the token vectors for {@link TokenVectors}.
 */
final class HiddenStates {
    /** Positions the model takes; longer texts are left to langchain4j's windowing. */
    static final int MAX_POSITIONS = 512;

    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean typeIds;

    HiddenStates(OrtEnvironment env, OrtSession session, HuggingFaceTokenizer tokenizer) {
        this.env = env;
        this.session = session;
        this.tokenizer = tokenizer;
        this.typeIds = session.getInputNames().contains("token_type_ids");
    }

    /** The embedding and token vectors of {@code text}; empty when it needs more than one window. */
    Optional<Embedded> encode(String text) {
        Encoding encoding = tokenizer.encode(text, true, false);
        long[] ids = encoding.getIds();
        if (ids.length > MAX_POSITIONS || ids.length == 0) {
            return Optional.empty();
        }
        long[] shape = {1, ids.length};
        try (OnnxTensor inputIds = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
                OnnxTensor mask = OnnxTensor.createTensor(env, LongBuffer.wrap(encoding.getAttentionMask()), shape);
                OnnxTensor types = OnnxTensor.createTensor(env, LongBuffer.wrap(encoding.getTypeIds()), shape)) {
            Map<String, OnnxTensor> inputs = typeIds
                    ? Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types)
                    : Map.of("input_ids", inputIds, "attention_mask", mask);
            try (OrtSession.Result result = session.run(inputs)) {
                float[][] states = ((float[][][]) result.get(0).getValue())[0];
                return Optional.of(new Embedded(Embedder.unit(states[0]), tokens(encoding, states)));
            }
        } catch (OrtException e) {
            throw new IllegalStateException("the embedding model failed on a text of " + ids.length + " tokens", e);
        }
    }

    private static TokenVectors tokens(Encoding encoding, float[][] states) {
        long[] special = encoding.getSpecialTokenMask();
        String[] names = encoding.getTokens();
        long[] ids = encoding.getIds();
        List<float[]> rows = new ArrayList<>();
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < states.length && rows.size() < TokenVectors.MAX_TOKENS; i++) {
            if (special[i] == 0 && !punctuation(names[i])) {
                rows.add(Embedder.unit(states[i]));
                kept.add((int) ids[i]);
            }
        }
        return new TokenVectors(kept.stream().mapToInt(Integer::intValue).toArray(), rows.toArray(float[][]::new));
    }

    /** A token of punctuation or symbols only (they match each other, not meaning). */
    static boolean punctuation(String token) {
        String t = token.startsWith("##") ? token.substring(2) : token;
        return !t.isEmpty() && t.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
