package dev.wenda.content;

import java.util.List;
import java.util.Objects;

/**
 * One question read from an imported deck file.
 *
 * @param question the question, without numbering
 * @param answer the answer as Markdown (for a trivia deck, its first accepted answer)
 * @param tags the tags the file gave it (CSV's third column, a Markdown {@code <!-- tags: -->} line)
 * @param accepted every accepted short answer (trivia decks); empty for other formats
 * @param line the 1-based line the question starts on
 */
public record DeckEntry(String question, String answer, List<String> tags, List<String> accepted, int line) {
    public DeckEntry {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        tags = List.copyOf(tags);
        accepted = List.copyOf(accepted);
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
    }
}
