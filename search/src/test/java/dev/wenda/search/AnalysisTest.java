package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exact token arrays, in the spirit of Lucene's assertAnalyzesTo. */
class AnalysisTest {
    private final Analysis analysis = new Analysis(new TextNormalizer());

    @Test
    void words_segmentChineseStemEnglishAndDropFunctionWords() {
        assertEquals(List.of("感受", "野"), analysis.words("什么是感受野"));
        // smartcn splits 过拟合 into characters: the bigram field and the dictionary make up for it
        assertEquals(List.of("dropout", "防止", "过", "拟", "合"), analysis.words("Dropout 为什么能防止过拟合？"));
        assertEquals(List.of("fix", "vanish", "gradient"), analysis.words("how to fix vanishing gradients"));
    }

    @Test
    void words_dropEnglishQuestionWords() {
        // Snowball's list: without it "what", "does", "why" counted as topic words the bank never uses.
        assertEquals(List.of("batch", "normal"), analysis.words("What does batch normalization do?"));
        assertEquals(List.of("us", "relu", "instead", "sigmoid"), analysis.words("why use relu instead of sigmoid"));
    }

    @Test
    void words_normalizeTraditionalAndFullWidthFirst() {
        assertEquals(analysis.words("什么是感受野"), analysis.words("什麼是感受野"));
        assertEquals(analysis.words("bn层"), analysis.words("ＢＮ層"));
    }

    @Test
    void bigrams_pairHanCharactersAndKeepLatinAndKernelTokensWhole() {
        assertEquals(List.of("感受", "受野"), analysis.bigrams("感受野"));
        assertEquals(List.of("1x1", "卷积", "积核"), analysis.bigrams("1×1卷积核"));
        assertEquals(List.of("relu", "激活", "活函", "函数"), analysis.bigrams("ReLU激活函数"));
    }

    @Test
    void bigrams_dropStopWordBigrams() {
        assertEquals(List.of("么是", "是感", "感受", "受野"), analysis.bigrams("什么是感受野"));
    }
}
