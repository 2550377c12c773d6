package dev.wenda.bot.app;

import dev.wenda.bot.discord.QuestionSuggester;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Discord's autocomplete over the bank being served: questions for {@code /ask}, tags for
 * {@code /quiz start}. Matching is by text as typed (search has no prefix completion); the lists
 * follow a content reload, built again when the bank changes.
 */
final class BankSuggestions {
    private BankSuggestions() {}

    static QuestionSuggester questions(Supplier<ContentBank> bank) {
        return following(bank, b -> b.entries().stream().map(QaEntry::question).toList());
    }

    static QuestionSuggester tags(Supplier<ContentBank> bank) {
        return following(bank, b -> b.entries().stream()
                .flatMap(entry -> entry.tags().stream())
                .distinct()
                .sorted()
                .toList());
    }

    private static QuestionSuggester following(Supplier<ContentBank> bank, Function<ContentBank, List<String>> list) {
        Objects.requireNonNull(bank, "bank");
        return new QuestionSuggester() {
            private ContentBank seen;
            private QuestionSuggester over;

            @Override
            public synchronized List<String> suggest(String prefix, int max) {
                ContentBank now = bank.get();
                if (now != seen) {
                    over = QuestionSuggester.over(list.apply(now));
                    seen = now;
                }
                return over.suggest(prefix, max);
            }
        };
    }
}
