package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.UserText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The kinds of quiz question. */
public enum Kind {
    /** Four short answers; pick the one that fits the question. */
    CHOICE("choice", "选择"),
    /** Four questions; pick the one the shown answer belongs to. */
    REVERSE("reverse", "反向"),
    /** A worked example; type the number. */
    NUMERIC("numeric", "数值"),
    /** The question, then the answer; players mark whether they knew it. */
    FLASHCARD("flashcard", "闪卡");

    private final String english;
    private final String chinese;

    Kind(String english, String chinese) {
        this.english = english;
        this.chinese = chinese;
    }

    public String label(boolean zh) {
        return zh ? chinese : english;
    }

    /**
     * Parses a comma- or space-separated list such as {@code choice,numeric} (English or Chinese
     * names); blank or {@code mixed} means every kind.
     *
     * @throws IllegalArgumentException naming the unknown word
     */
    public static Set<Kind> parseList(String text) {
        String trimmed = text.strip().toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty() || trimmed.equals("mixed") || trimmed.equals("混合")) {
            return EnumSet.allOf(Kind.class);
        }
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (String word : trimmed.split("[,，\\s]+")) {
            kinds.add(parse(word));
        }
        return kinds;
    }

    private static Kind parse(String word) {
        List<String> names = new ArrayList<>();
        for (Kind kind : values()) {
            if (kind.english.equals(word) || kind.chinese.equals(word)) {
                return kind;
            }
            names.add(kind.english);
        }
        throw new IllegalArgumentException(
                "unknown question kind '" + UserText.quote(word) + "'; use " + String.join(", ", names) + " or mixed");
    }
}
