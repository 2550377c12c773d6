package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.discord.QuestionSuggester;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BankSuggestionsTest {
    private static ContentBank bank(String question, String tag) {
        QaEntry entry = new QaEntry(
                "e-" + tag, question, "answer", List.of(new SourceRef("a", 1, 1)), List.of(tag), List.of(), List.of());
        return new ContentBank(List.of(entry), List.of(), tag);
    }

    @Test
    @DisplayName("autocomplete follows a content reload: questions and tags of the bank served now")
    void suggestions_followTheServedBank() {
        AtomicReference<ContentBank> served = new AtomicReference<>(bank("What is dropout?", "regularization"));
        QuestionSuggester questions = BankSuggestions.questions(served::get);
        QuestionSuggester tags = BankSuggestions.tags(served::get);
        assertEquals(List.of("What is dropout?"), questions.suggest("what", 5));
        assertEquals(List.of("regularization"), tags.suggest("reg", 5));

        served.set(bank("What is a receptive field?", "cnn"));
        assertEquals(List.of("What is a receptive field?"), questions.suggest("what", 5));
        assertEquals(List.of(), tags.suggest("reg", 5));
        assertEquals(List.of("cnn"), tags.suggest("c", 5));
    }
}
