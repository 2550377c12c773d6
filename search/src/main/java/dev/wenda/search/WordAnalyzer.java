package dev.wenda.search;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * Word-level analysis: normalized text, smartcn's HMM word segmentation (Chinese words, Latin words
 * and numbers), Chinese and English function words removed, then Porter stemming for English
 * words (stop words go first, so an inflected one such as "does" is dropped rather than stemmed
 * to "doe" and kept).
 */
final class WordAnalyzer extends NormalizingAnalyzer {
    private final CharArraySet stopWords;

    WordAnalyzer(UnaryOperator<String> normalizer, CharArraySet stopWords) {
        super(normalizer);
        this.stopWords = stopWords;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new HMMChineseTokenizer();
        TokenStream result = new StopFilter(source, stopWords);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
