package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.UserText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The kinds of quiz question. */
public enum Kind {
    /** Four short answers; pick the one that fits the question. */
    CHOICE("choice"),
    /** Four questions; pick the one the shown answer belongs to. */
    REVERSE("reverse"),
    /** A worked example; type the number. */
    NUMERIC("numeric"),
    /** The question, then the answer; players mark whether they knew it. */
    FLASHCARD("flashcard"),
    /** A question of a trivia deck; type one of its short accepted answers. */
    TYPED("typed");

    private final String word;

    Kind(String word) {
        this.word = word;
    }

    /** The kind's name in the reader's language ({@code quiz.kind.*} in the catalogue). */
    public String label(Messages messages) {
        return messages.text("quiz.kind." + word);
    }

    /** A word that names no kind of question. */
    public static final class UnknownKind extends IllegalArgumentException {
        private final String word;

        UnknownKind(String word) {
            super("unknown question kind '" + UserText.quote(word) + "'; use " + names() + " or mixed");
            this.word = word;
        }

        /** The word as typed, escaped for chat. */
        public String word() {
            return UserText.quote(word);
        }
    }

    /** The English names, as typed in {@code kinds=}: "choice, reverse, numeric, flashcard, typed". */
    public static String names() {
        List<String> names = new ArrayList<>();
        for (Kind kind : values()) {
            names.add(kind.word);
        }
        return String.join(", ", names);
    }

    /**
     * Parses a comma- or space-separated list such as {@code choice,numeric} (the names of either
     * language); blank or {@code mixed} means every kind.
     *
     * @throws UnknownKind naming the unknown word
     */
    public static Set<Kind> parseList(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || trimmed.equals("mixed") || trimmed.equals(Messages.ZH.text("quiz.kind.mixed"))) {
            return EnumSet.allOf(Kind.class);
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String word : trimmed.split("[,，\\s]+")) {
            kinds.add(parse(word));
        }
        return kinds;
    }

    private static Kind parse(String word) {
        for (Kind kind : values()) {
            if (kind.word.equals(word) || kind.label(Messages.ZH).equals(word)) {
                return kind;
            }
        }
        throw new UnknownKind(word);
    }
}
