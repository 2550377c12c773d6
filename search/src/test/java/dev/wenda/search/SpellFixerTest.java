package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
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

    @Test
    void distance_countsASwapOfNeighboursAsOneEdit() {
        assertEquals(1, SpellFixer.distance("dropuot", "dropout", 2));
        assertEquals(2, SpellFixer.distance("normalisatoin", "normalization", 2));
        assertEquals(3, SpellFixer.distance("transformer", "transfer", 2)); // beyond max: max + 1
        assertEquals(0, SpellFixer.distance("relu", "relu", 1));
    }

    /** The direct computation accepts exactly what Lucene's automaton with transpositions accepts. */
    @Property(tries = 3000)
    void distance_agreesWithLuceneLevenshteinAutomata(@ForAll("words") String word, @ForAll("words") String candidate) {
        for (int max = 1; max <= 2; max++) {
            boolean lucene =
                    new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(max)).run(candidate);
            assertEquals(lucene, SpellFixer.distance(word, candidate, max) <= max, word + " / " + candidate);
        }
    }

    @Provide
    Arbitrary<String> words() {
        // A four-letter alphabet makes near misses, swaps and repeats common.
        return Arbitraries.strings().withChars("abcd").ofMinLength(0).ofMaxLength(9);
    }
}
