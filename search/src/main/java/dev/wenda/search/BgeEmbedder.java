package dev.wenda.search;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.List;
import java.util.concurrent.Executor;

/**
 * bge-small-zh-v1.5 (quantized ONNX, shipped in the langchain4j jar, runs offline). Queries may get
 * bge's retrieval instruction prefix; whether it helps is measured in docs/search.md.
 */
public final class BgeEmbedder implements Embedder {
    /** bge's instruction for short queries that retrieve passages. */
    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    private final EmbeddingModel model;
    private final boolean queryInstruction;

    /**
     * Loads the model (about half a second).
     *
     * @param executor runs batch embedding; pass a named pool
     * @param queryInstruction whether queries get {@link #QUERY_INSTRUCTION} in front
     */
    public BgeEmbedder(Executor executor, boolean queryInstruction) {
        this.model = new BgeSmallZhV15QuantizedEmbeddingModel(executor);
        this.queryInstruction = queryInstruction;
    }

    @Override
    public String name() {
        return "bge-small-zh-v1.5-q" + (queryInstruction ? "+instr" : "");
    }

    @Override
    public int dimension() {
        return 512;
    }

    @Override
    public float[] embedDocument(String text) {
        return Embedder.unit(model.embed(text).content().vector());
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        return model.embedAll(segments).content().stream()
                .map(Embedding::vector)
                .map(Embedder::unit)
                .toList();
    }

    @Override
    public float[] embedQuery(String text) {
        return embedDocument(queryInstruction ? QUERY_INSTRUCTION + text : text);
    }
}
