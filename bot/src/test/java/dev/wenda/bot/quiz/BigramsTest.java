package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BigramsTest {
    @Test
    @DisplayName("codes are the distinct bigrams, two UTF-16 units packed into one int, sorted")
    void codes_distinctPackedSorted() {
        assertArrayEquals(new int[] {'a' << 16 | 'b', 'b' << 16 | 'a'}, Bigrams.codes("A-b a,b"));
        assertArrayEquals(new int[] {'度' << 16 | '消', '梯' << 16 | '度', '消' << 16 | '失'}, Bigrams.codes("梯度消失"));
        assertArrayEquals(new int[0], Bigrams.codes("。"));
    }

    @Test
    @DisplayName("the Jaccard index of two texts' codes is the Jaccard index of their bigram sets, to the bit")
    void jaccard_codesMatchStrings() {
        assertEquals(0.0, Bigrams.jaccard(Bigrams.codes(""), Bigrams.codes("")));
        assertEquals(1 / 3.0, Bigrams.jaccard(Bigrams.codes("梯度消失"), Bigrams.codes("梯度")));
        // random texts over a small alphabet (with a character outside the BMP) share many bigrams
        String alphabet = "梯度消失爆炸ab1\uD83D\uDE00";
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            String a = text(random, alphabet);
            String b = text(random, alphabet);
            assertEquals(
                    Bigrams.jaccard(a, b),
                    Bigrams.jaccard(Bigrams.codes(a), Bigrams.codes(b)),
                    () -> "jaccard of \"" + a + "\" and \"" + b + "\"");
        }
    }

    @Test
    @DisplayName("an entry's texts are its option-length point and the codes of its answer and point")
    void entryText_pointAndCodes() {
        QaEntry entry = new QaEntry(
                "e1",
                "什么是梯度消失",
                "**梯度消失**：反向传播时梯度越来越小。",
                List.of(new SourceRef("bank", 1, 1)),
                List.of(),
                List.of(),
                List.of(),
                "");
        EntryText text = EntryText.of(entry);
        assertEquals(Summaries.summarize(entry, QuestionFactory.OPTION_LENGTH), text.point());
        assertArrayEquals(Bigrams.codes(entry.answer()), text.answerGrams());
        assertArrayEquals(Bigrams.codes(text.point()), text.pointGrams());
    }

    private static String text(Random random, String alphabet) {
        int[] points = alphabet.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int n = random.nextInt(12); n > 0; n--) {
            text.appendCodePoint(points[random.nextInt(points.length)]);
        }
        return text.toString();
    }
}
