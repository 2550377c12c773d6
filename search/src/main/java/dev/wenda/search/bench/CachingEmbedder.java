package dev.wenda.search.bench;

import dev.wenda.search.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Benchmark-only: embeds each distinct document text once with the real model and gives the
 * {@code n}-th repeat of a text a slightly jittered copy of its vector (seeded, so runs repeat),
 * so a synthetic bank of copies indexes in seconds yet has no identical vectors. Queries always go
 * to the real model, so query latency is real.
 */
public final class CachingEmbedder implements Embedder {
    private static final double JITTER = 0.02;

    private final Embedder model;
    private final Map<String, float[]> cache = new HashMap<>();
    private final Map<String, Integer> repeats = new HashMap<>();

    public CachingEmbedder(Embedder model) {
        this.model = model;
    }

    @Override
    public String name() {
        return model.name() + "+bench-jitter";
    }

    @Override
    public int dimension() {
        return model.dimension();
    }

    @Override
    public synchronized float[] embedDocument(String text) {
        float[] base = cache.computeIfAbsent(text, model::embedDocument);
        int n = repeats.merge(text, 1, Integer::sum) - 1;
        if (n == 0) {
            return base;
        }
        SplittableRandom random = new SplittableRandom(31L * text.hashCode() + n);
        float[] v = new float[base.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (base[i] + JITTER * random.nextGaussian() / Math.sqrt(v.length));
        }
        return Embedder.unit(v);
    }

    @Override
    public List<float[]> embedDocuments(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        texts.forEach(t -> out.add(embedDocument(t)));
        return out;
    }

    @Override
    public float[] embedQuery(String text) {
        return model.embedQuery(text);
    }
}
