package dev.wenda.search;

/** Names of the indexed fields. */
final class Fields {
    static final String ID = "id";
    static final String ORDINAL = "ord";
    static final String QUESTION_WORDS = "qw";
    static final String QUESTION_BIGRAMS = "qb";
    static final String ANSWER_WORDS = "aw";
    static final String ANSWER_BIGRAMS = "ab";
    /** Stock StandardAnalyzer over the question: the {@code baseline} mode. */
    static final String BASELINE = "qs";

    static final String VECTOR = "vec";
    /** Presence scores of dictionary concepts, one feature per concept ({@link ConceptFeatures}). */
    static final String CONCEPTS = "cn";

    private Fields() {}
}
