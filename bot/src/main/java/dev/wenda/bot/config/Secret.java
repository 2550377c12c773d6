package dev.wenda.bot.config;

import java.util.Objects;

/**
 * A secret value (a token, a password). {@link #toString()} masks it, so it never reaches a log
 * line or an error message by accident; code that must send it somewhere calls {@link #reveal()}.
 */
public final class Secret {
    /** What a masked secret looks like in logs and in {@code toString()}. */
    public static final String MASK = "****";

    /**
     * The shortest secret accepted: a shorter value turns up inside ordinary words and numbers,
     * so masking it in logs would either miss it or mangle every line.
     */
    public static final int MIN_LENGTH = 8;

    private final String value;

    public Secret(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        if (value.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("a secret must have at least " + MIN_LENGTH + " characters");
        }
        this.value = value;
    }

    /**
     * {@code text} with each whole occurrence of {@code value} replaced by {@link #MASK}. An
     * occurrence glued to a letter or digit, on a side where {@code value} starts or ends with one,
     * is part of another word and stays.
     */
    public static String maskWhole(String text, String value) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        for (int at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
            if (at >= from && whole(text, at, value)) {
                out.append(text, from, at).append(MASK);
                from = at + value.length();
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean whole(String text, int at, String value) {
        int end = at + value.length();
        boolean gluedBefore = at > 0
                && Character.isLetterOrDigit(value.codePointAt(0))
                && Character.isLetterOrDigit(text.codePointBefore(at));
        boolean gluedAfter = end < text.length()
                && Character.isLetterOrDigit(value.codePointBefore(value.length()))
                && Character.isLetterOrDigit(text.codePointAt(end));
        return !gluedBefore && !gluedAfter;
    }

    /** The secret itself, for the one call that needs it (a login, a connection). */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return MASK;
    }
}
