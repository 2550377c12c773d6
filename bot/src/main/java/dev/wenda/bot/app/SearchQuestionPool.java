package dev.wenda.bot.app;

import dev.wenda.bot.quiz.QuestionPool;
import dev.wenda.content.QaEntry;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchService;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The quiz's {@link QuestionPool} on the search index: a topic is a tag, else free text searched in
 * the bank; distractors are the entries search ranks closest to the question. The service is taken
 * from the supplier on first use, so building the quiz does not build the index.
 */
final class SearchQuestionPool implements QuestionPool {
    private final Supplier<SearchService> search;

    SearchQuestionPool(Supplier<SearchService> search) {
        this.search = search;
    }

    @Override
    public List<QaEntry> entries(String topic) {
        String wanted = topic.strip().toLowerCase(Locale.ROOT);
        List<QaEntry> all = search.get().entries();
        if (wanted.isEmpty()) {
            return all;
        }
        List<QaEntry> tagged = all.stream()
                .filter(e -> e.tags().stream()
                        .anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted)))
                .toList();
        if (!tagged.isEmpty()) {
            return tagged;
        }
        return ranked(topic.strip()).stream()
                .filter(h -> h.lexical() > 0)
                .map(Hit::entry)
                .toList();
    }

    @Override
    public List<QaEntry> similar(QaEntry entry, int limit) {
        return ranked(entry.question()).stream()
                .map(Hit::entry)
                .filter(other -> !other.id().equals(entry.id()))
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<QaEntry> entry(String id) {
        return search.get().entry(id);
    }

    private List<Hit> ranked(String text) {
        String query =
                text.length() > SearchService.MAX_QUERY_CHARS ? text.substring(0, SearchService.MAX_QUERY_CHARS) : text;
        return search.get().search(query).ranked();
    }
}
