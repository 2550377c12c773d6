package dev.wenda.search;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.index.Fields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The word and bigram tokens of one entry's question and answer, read once from its term vectors
 * so coverage checks are set lookups instead of a term-vector decode and seeks per query.
 */
record DocTerms(
        Set<String> questionWords, Set<String> questionBigrams, Set<String> answerWords, Set<String> answerBigrams) {
    static final DocTerms NONE = new DocTerms(Set.of(), Set.of(), Set.of(), Set.of());

    /** The tokens the index analyzers make of an entry (what its term vectors will hold). */
    static DocTerms analyze(Analysis analysis, String question, String answer) {
        return new DocTerms(
                Set.copyOf(analysis.words(question)),
                Set.copyOf(analysis.bigrams(question)),
                Set.copyOf(analysis.words(answer)),
                Set.copyOf(analysis.bigrams(answer)));
    }

    static DocTerms read(IndexReader reader, int doc) throws IOException {
        Fields vectors = reader.termVectors().get(doc);
        if (vectors == null) {
            return NONE;
        }
        return new DocTerms(
                tokens(vectors.terms(dev.wenda.search.Fields.QUESTION_WORDS)),
                tokens(vectors.terms(dev.wenda.search.Fields.QUESTION_BIGRAMS)),
                tokens(vectors.terms(dev.wenda.search.Fields.ANSWER_WORDS)),
                tokens(vectors.terms(dev.wenda.search.Fields.ANSWER_BIGRAMS)));
    }

    private static Set<String> tokens(Terms terms) throws IOException {
        if (terms == null) {
            return Set.of();
        }
        Set<String> out = new HashSet<>();
        TermsEnum e = terms.iterator();
        for (BytesRef t = e.next(); t != null; t = e.next()) {
            out.add(t.utf8ToString());
        }
        return Set.copyOf(out);
    }
}
