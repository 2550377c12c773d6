package dev.wenda.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.IOUtils;

/** The analyzers of every indexed field, built once per index and shared (they are thread-safe). */
final class Analysis {
    static final String STOPWORDS_RESOURCE = "stopwords.txt";

    final TextNormalizer normalizer;
    final CharArraySet stopWords;
    final Analyzer words;
    final Analyzer bigrams;
    /** The same chains for text that is normalized already (queries): no second normalization. */
    private final Analyzer normalizedWords;

    private final Analyzer normalizedBigrams;
    final Analyzer standard;

    Analysis(TextNormalizer normalizer) {
        this.normalizer = normalizer;
        this.stopWords = loadStopWords();
        this.words = new WordAnalyzer(normalizer::normalize, stopWords);
        this.bigrams = new BigramAnalyzer(normalizer::normalize, stopWords);
        this.normalizedWords = new WordAnalyzer(UnaryOperator.identity(), stopWords);
        this.normalizedBigrams = new BigramAnalyzer(UnaryOperator.identity(), stopWords);
        this.standard = new StandardAnalyzer();
    }

    /** A hash of the stop words that does not depend on the set's internal order. */
    int stopWordsHash() {
        return stopWords.stream()
                .map(word -> word instanceof char[] chars ? new String(chars) : word.toString())
                .sorted()
                .toList()
                .hashCode();
    }

    /** The tokens {@code analyzer} makes of {@code text}, in order. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    List<String> words(String text) {
        return tokens(words, Fields.QUESTION_WORDS, text);
    }

    List<String> bigrams(String text) {
        return tokens(bigrams, Fields.QUESTION_BIGRAMS, text);
    }

    /** {@link #words} of text that is already {@link TextNormalizer} output. */
    List<String> wordsOfNormalized(String normalized) {
        return tokens(normalizedWords, Fields.QUESTION_WORDS, normalized);
    }

    /** {@link #bigrams} of text that is already {@link TextNormalizer} output. */
    List<String> bigramsOfNormalized(String normalized) {
        return tokens(normalizedBigrams, Fields.QUESTION_BIGRAMS, normalized);
    }

    /**
     * Snowball's English stop list (what, how, does, why, ...): Lucene's default English set is 33
     * words, so English questions kept their question words as topic words the bank never uses.
     */
    private static CharArraySet snowballEnglishStopWords() throws IOException {
        try (var in =
                org.apache.lucene.analysis.snowball.SnowballFilter.class.getResourceAsStream("english_stop.txt")) {
            if (in == null) {
                throw new IllegalStateException("Lucene's english_stop.txt is missing");
            }
            return WordlistLoader.getSnowballWordSet(
                    IOUtils.getDecodingReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private static CharArraySet loadStopWords() {
        try (var in = Analysis.class.getResourceAsStream(STOPWORDS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + STOPWORDS_RESOURCE + " is missing");
            }
            CharArraySet set = WordlistLoader.getWordSet(
                    IOUtils.getDecodingReader(in, java.nio.charset.StandardCharsets.UTF_8),
                    "#",
                    new CharArraySet(64, false));
            set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            set.addAll(snowballEnglishStopWords());
            set.addAll(org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer.getDefaultStopSet());
            return CharArraySet.unmodifiableSet(set);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
