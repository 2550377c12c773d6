package dev.wenda.bot.discord;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Suggests completions while a user types an option (bank questions for {@code /ask}, topics for
 * {@code /quiz start}). The composition root wires it to the bank being served, matching text as
 * typed (search has no prefix completion); it must be fast (Discord waits 3 s for autocomplete
 * answers) and never throw for odd input.
 */
@FunctionalInterface
public interface QuestionSuggester {
    /** At most {@code max} suggestions for what the user has typed so far, best first. */
    List<String> suggest(String prefix, int max);

    /**
     * Case-insensitive matching over a fixed list (bank questions, tags): candidates that start with
     * the typed text first, then those containing it, each in list order.
     */
    static QuestionSuggester over(List<String> candidates) {
        List<String> all = List.copyOf(candidates);
        return (prefix, max) -> {
            String typed = prefix.strip().toLowerCase(Locale.ROOT);
            Stream<String> starting =
                    all.stream().filter(c -> c.toLowerCase(Locale.ROOT).startsWith(typed));
            Stream<String> containing = all.stream()
                    .filter(c -> !c.toLowerCase(Locale.ROOT).startsWith(typed)
                            && c.toLowerCase(Locale.ROOT).contains(typed));
            return Stream.concat(starting, containing)
                    .distinct()
                    .limit(Math.max(max, 0))
                    .toList();
        };
    }

    /** Suggests nothing; for deployments without an index. */
    static QuestionSuggester none() {
        return (prefix, max) -> List.of();
    }
}
