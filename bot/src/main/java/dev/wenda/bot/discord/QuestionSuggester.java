package dev.wenda.bot.discord;

import java.util.List;

/**
 * Suggests completions while a user types an option (bank questions for {@code /ask}, topics for
 * {@code /quiz start}). The composition root wires it to search; it must be fast (Discord waits
 * 3 s for autocomplete answers) and never throw for odd input.
 */
@FunctionalInterface
public interface QuestionSuggester {
    /** At most {@code max} suggestions for what the user has typed so far, best first. */
    List<String> suggest(String prefix, int max);

    /** Suggests nothing; for deployments without an index. */
    static QuestionSuggester none() {
        return (prefix, max) -> List.of();
    }
}
