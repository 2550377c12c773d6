package dev.wenda.search;

/** Which retrieval path ranks the entries. */
public enum SearchMode {
    /** Lexical and dense rankings fused (the default when the model is on). */
    HYBRID,
    /** Words, bigrams, dictionary and typo correction; no model. */
    LEXICAL,
    /** bge-small-zh embeddings only. */
    DENSE,
    /** Stock StandardAnalyzer BM25 on the question field: the reference every gain is measured against. */
    BASELINE;

    public boolean needsModel() {
        return this == HYBRID || this == DENSE;
    }
}
