package dev.wenda.search;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Character-bigram analysis: normalized text, the standard tokenizer (one token per Han character,
 * whole Latin words and {@code 3x3}-style tokens), overlapping Han bigrams, Porter stemming for
 * English words. Robust where word segmentation splits a term differently in query and entry.
 */
final class BigramAnalyzer extends NormalizingAnalyzer {
    private final CharArraySet stopWords;

    BigramAnalyzer(UnaryOperator<String> normalizer, CharArraySet stopWords) {
        super(normalizer);
        this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream result = new CJKBigramFilter(source);
        result = new StopFilter(result, stopWords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
