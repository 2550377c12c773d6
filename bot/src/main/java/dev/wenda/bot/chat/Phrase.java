package dev.wenda.bot.chat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A catalogue sentence with its arguments, worded only when shown ({@link #in}), for text made
 * before its reader's language is known. An argument that is a phrase is worded too; a list of them
 * is joined with the language's list separator.
 */
public record Phrase(String key, List<Object> args) {
    public Phrase {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }

    /** The sentence in {@code messages}' language. */
    public String in(Messages messages) {
        Object[] shown = new Object[args.size()];
        for (int i = 0; i < shown.length; i++) {
            shown[i] = worded(args.get(i), messages);
        }
        return messages.text(key, shown);
    }

    private static Object worded(Object arg, Messages messages) {
        if (arg instanceof Phrase p) {
            return p.in(messages);
        }
        if (arg instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(item -> parts.add(String.valueOf(worded(item, messages))));
            return String.join(messages.text("list.separator"), parts);
        }
        return arg;
    }
}
