package dev.wenda.content;

import java.util.List;

/**
 * Writes entries as a Markdown deck in the plain format the bank reads: {@code ## question}, a
 * {@code <!-- tags: -->} line when it has tags, then the answer. {@link DeckReader} reads it back
 * to the same questions, answers and tags.
 */
public final class DeckWriter {
    private DeckWriter() {}

    public static String markdown(String title, List<DeckEntry> entries) {
        StringBuilder out = new StringBuilder("# ").append(title.strip()).append("\n");
        for (DeckEntry e : entries) {
            out.append("\n## ").append(e.question().replace('\n', ' ')).append("\n\n");
            if (!e.tags().isEmpty()) {
                out.append("<!-- tags: ").append(String.join(", ", e.tags())).append(" -->\n\n");
            }
            out.append(e.answer().strip()).append("\n");
        }
        return out.toString();
    }
}
