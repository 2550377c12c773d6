package dev.wenda.search;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.Analyzer;

/**
 * Base of Wenda's analyzers: every field's text passes through {@link TextNormalizer} before
 * tokenizing, so the index and the queries built from chat text see the same characters. Text that
 * is normalized already (queries, and entries, which indexing normalizes once for all their fields)
 * goes through analyzers given {@link UnaryOperator#identity()}: normalizing is idempotent ({@code
 * TextNormalizerFuzzTest}), and the ICU transliteration is the costliest step.
 */
abstract class NormalizingAnalyzer extends Analyzer {
    private final UnaryOperator<String> normalizer;

    NormalizingAnalyzer(UnaryOperator<String> normalizer) {
        this.normalizer = normalizer;
    }

    @Override
    protected final Reader initReader(String fieldName, Reader reader) {
        return new StringReader(normalizer.apply(readAll(reader)));
    }

    @Override
    protected final Reader initReaderForNormalization(String fieldName, Reader reader) {
        return initReader(fieldName, reader);
    }

    private static String readAll(Reader reader) {
        try {
            StringBuilder text = new StringBuilder();
            char[] buffer = new char[1024];
            for (int n; (n = reader.read(buffer)) >= 0; ) {
                text.append(buffer, 0, n);
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
