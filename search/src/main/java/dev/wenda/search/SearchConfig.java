package dev.wenda.search;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Search settings.
 *
 * @param dense whether the embedding model is loaded and fused with lexical search; off, the
 *     lexical path works alone (faster start, no model in memory)
 * @param dataDir where indexes persist ({@code <dataDir>/index/<key>}); empty builds in memory
 * @param cacheSize how many query results the cache keeps
 * @param queryInstruction whether queries get bge's retrieval instruction prefix
 */
public record SearchConfig(boolean dense, Optional<Path> dataDir, long cacheSize, boolean queryInstruction) {
    public SearchConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (cacheSize < 0) {
            throw new IllegalArgumentException("cacheSize must be >= 0, was " + cacheSize);
        }
    }

    /** Dense on, in-memory index, 10,000 cached results, no query instruction (measured: it hurts). */
    public static SearchConfig defaults() {
        return new SearchConfig(true, Optional.empty(), 10_000, false);
    }

    public SearchConfig withDense(boolean on) {
        return new SearchConfig(on, dataDir, cacheSize, queryInstruction);
    }

    public SearchConfig withDataDir(Optional<Path> dir) {
        return new SearchConfig(dense, dir, cacheSize, queryInstruction);
    }
}
