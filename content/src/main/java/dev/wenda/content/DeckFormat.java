package dev.wenda.content;

import java.util.Locale;

/** The file formats a deck can be imported from, chosen by file name (and, for {@code .txt}, content). */
public enum DeckFormat {
    /** Every layout the bank's own parser reads, plus numbered-heading books ({@code ### 3.1.1 问题？}). */
    MARKDOWN,
    /** {@code question,answer[,tags]}, RFC 4180 quoting; an optional header row. */
    CSV,
    /** Anki's "notes in plain text" export: {@code front<TAB>back}, {@code #} lines are settings. */
    ANKI,
    /** Red-DiscordBot trivia lists: {@code question: [accepted answers]}; {@code AUTHOR} names the author. */
    TRIVIA_YAML;

    /** The format of {@code name} with {@code text} as its first lines; empty when the extension is unknown. */
    static java.util.Optional<DeckFormat> of(String name, String text) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return java.util.Optional.of(CSV);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return java.util.Optional.of(TRIVIA_YAML);
        }
        if (lower.endsWith(".tsv")) {
            return java.util.Optional.of(ANKI);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return java.util.Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".txt")) {
            return java.util.Optional.of(looksLikeAnki(text) ? ANKI : MARKDOWN);
        }
        return java.util.Optional.empty();
    }

    /** Every non-blank line that is not an Anki {@code #setting} holds a tab, and no line is a heading. */
    private static boolean looksLikeAnki(String text) {
        boolean any = false;
        for (String line : text.split("\\R")) {
            if (line.isBlank()
                    || line.startsWith("#separator")
                    || line.startsWith("#html")
                    || line.startsWith("#tags")
                    || line.startsWith("#columns")
                    || line.startsWith("#notetype")
                    || line.startsWith("#deck")) {
                continue;
            }
            if (!line.contains("\t") || line.startsWith("#")) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
