package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuestionSuggesterTest {
    private final QuestionSuggester suggester = QuestionSuggester.over(List.of(
            "What is dropout?",
            "Dropout vs DropConnect",
            "什么是感受野？",
            "Why does dropout help?",
            "Dropout vs DropConnect"));

    @Test
    @DisplayName("candidates starting with the typed text come first, then those containing it, without duplicates")
    void over_ranksPrefixMatchesFirst() {
        assertEquals(
                List.of("Dropout vs DropConnect", "What is dropout?", "Why does dropout help?"),
                suggester.suggest(" DROP", 10));
    }

    @Test
    @DisplayName("the limit is respected and Chinese text matches by substring")
    void over_limitAndChinese() {
        assertEquals(List.of("Dropout vs DropConnect"), suggester.suggest("drop", 1));
        assertEquals(List.of("什么是感受野？"), suggester.suggest("感受野", 25));
        assertEquals(List.of(), suggester.suggest("lstm", 25));
    }
}
