package dev.wenda.search;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;

/**
 * bge-small-zh-v1.5 (quantized ONNX, shipped in the langchain4j jar, runs offline). Queries may get
 * bge's retrieval instruction prefix; whether it helps is measured in docs/search.md.
 *
 * <p>The ONNX session runs each forward pass on the calling thread ({@value #INTRA_OP_THREADS}
 * intra-op thread, no spinning): ONNX Runtime's default pool spins its idle workers after every
 * pass, which on a 2-core machine takes the CPU from the lexical half of the same query. Batches
 * (indexing) still use {@code executor} for parallelism, one text per task.
 */
public final class BgeEmbedder implements Embedder {
    /** bge's instruction for short queries that retrieve passages. */
    public static final String QUERY_INSTRUCTION = "为这个句子生成表示以用于检索相关文章：";

    static final int INTRA_OP_THREADS = 1;
    /** Length of bge-small-zh-v1.5's vectors. */
    static final int DIMENSION = 512;

    /**
     * Stack of the thread that creates ONNX Runtime's environment: room for a command line of about
     * 250 KB (see {@link #environment()}).
     */
    private static final long ENVIRONMENT_STACK_BYTES = 64L << 20;

    static final String DJL_OFFLINE = "ai.djl.offline";
    static final String DJL_OPT_OUT_TRACKING = "OPT_OUT_TRACKING";
    private static final String MODEL_RESOURCE = "/bge-small-zh-v1.5-q.onnx";
    private static final String TOKENIZER_RESOURCE = "/bge-small-zh-v1.5-q-tokenizer.json";

    private final Model model;
    private final boolean queryInstruction;

    /**
     * Loads the model (about half a second).
     *
     * @param executor runs batch embedding; pass a named pool
     * @param queryInstruction whether queries get {@link #QUERY_INSTRUCTION} in front
     */
    public BgeEmbedder(Executor executor, boolean queryInstruction) {
        this.model = new Model(executor, load());
        this.queryInstruction = queryInstruction;
    }

    @Override
    public String name() {
        return "bge-small-zh-v1.5-q" + (queryInstruction ? "+instr" : "");
    }

    @Override
    public int dimension() {
        return DIMENSION;
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

    /**
     * Keeps DJL (the tokenizer library under langchain4j) off the network: without these settings it
     * asks the EC2 metadata endpoint who runs it and reports to a telemetry bucket when on AWS, and
     * on a GPU machine it may download a CUDA build of its native library. Offline, it uses the CPU
     * library shipped in its jar. An operator's own setting of either property wins.
     */
    static void keepTokenizerOffline() {
        if (System.getProperty(DJL_OFFLINE) == null) {
            System.setProperty(DJL_OFFLINE, "true");
        }
        if (System.getProperty(DJL_OPT_OUT_TRACKING) == null) {
            System.setProperty(DJL_OPT_OUT_TRACKING, "true");
        }
    }

    /**
     * ONNX Runtime's process-wide environment, created on a thread of its own with a 64 MiB stack,
     * with its telemetry off. Creating it starts ONNX Runtime's telemetry (unless the environment
     * variable ORT_DISABLE_TELEMETRY is set, as ./wenda does), which reads /proc/self/cmdline and
     * recurses once per byte of it, about 260 bytes of stack each: a command line past about 4 KB (the
     * load bench's class path, or long JVM options) overflows a 1 MiB thread stack, and the JVM dies
     * of SIGSEGV without an hs_err file. The large stack is only as resident as the recursion goes
     * deep, and goes with the thread.
     */
    private static OrtEnvironment environment() throws OrtException {
        FutureTask<OrtEnvironment> create = new FutureTask<>(OrtEnvironment::getEnvironment);
        Thread.ofPlatform()
                .name("onnx-environment")
                .stackSize(ENVIRONMENT_STACK_BYTES)
                .start(create);
        OrtEnvironment env;
        try {
            env = create.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading the embedding model", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw new IllegalStateException("could not start ONNX Runtime", e.getCause());
        }
        // Like the tokenizer library, the runtime reports nothing about the machine it runs on.
        env.setTelemetry(false);
        return env;
    }

    private static OnnxBertBiEncoder load() {
        keepTokenizerOffline();
        try (InputStream weights = resource(MODEL_RESOURCE);
                InputStream tokenizer = resource(TOKENIZER_RESOURCE);
                OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            // No CPU arena and no memory patterns: the arena keeps the largest batch's buffers for
            // the life of the process, which a bot that embeds one short question at a time never
            // needs again after indexing.
            options.setCPUArenaAllocator(false);
            options.setMemoryPatternOptimization(false);
            OrtEnvironment env = environment();
            OrtSession session = env.createSession(weights.readAllBytes(), options);
            return new OnnxBertBiEncoder(env, session, tokenizer, PoolingMode.CLS);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the bundled embedding model", e);
        } catch (OrtException e) {
            throw new IllegalStateException("could not load the bundled embedding model", e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = BgeEmbedder.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("bundled resource " + name + " is missing");
        }
        return in;
    }

    /** langchain4j's batching (one text per task on the executor) over our own session. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(Executor executor, OnnxBertBiEncoder encoder) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSION;
        }
    }
}
