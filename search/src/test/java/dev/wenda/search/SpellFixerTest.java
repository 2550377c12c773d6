package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellFixerTest {
    private final SpellFixer fixer =
            new SpellFixer(Map.of("dropout", 9, "dropconnect", 2, "normalization", 5, "sigmoid", 6, "relu", 8));

    @Test
    void fix_correctsASwapInAnEnglishTerm() {
        assertEquals("dropout 是什么", fixer.fix("dropuot 是什么"));
    }

    @Test
    void fix_allowsTwoEditsFromEightLetters() {
        assertEquals("normalization", fixer.correct("normalizaton"));
        assertEquals("normalization", fixer.correct("normalisatoin"));
    }

    @Test
    void fix_leavesShortWordsKnownWordsAndChineseAlone() {
        assertEquals("relx", fixer.correct("relx"));
        assertEquals("sigmoid", fixer.correct("sigmoid"));
        assertEquals("过拟和怎么办", fixer.fix("过拟和怎么办"));
    }

    @Test
    void fix_leavesWordsWithNoCloseVocabularyWordAlone() {
        assertEquals("transformer", fixer.correct("transformer"));
    }
}
