package dev.wenda.search;

/** Which retrieval path ranks the entries. */
public enum SearchMode {
    /** Lexical and dense rankings fused by weighted scores (the default when the model is on). */
    HYBRID,
    /**
     * Lexical and dense rankings fused by reciprocal rank ({@code 1/(60 + rank)} summed over both
     * lists): measured against {@link #HYBRID} in {@code wenda eval --compare}, not used by the bot.
     */
    HYBRID_RRF,
    /** Words, bigrams, dictionary and typo correction; no model. */
    LEXICAL,
    /** bge-small-zh embeddings only. */
    DENSE,
    /** Stock StandardAnalyzer BM25 on the question field: the reference every gain is measured against. */
    BASELINE;

    public boolean needsModel() {
        return this == HYBRID || this == HYBRID_RRF || this == DENSE;
    }
}
