package dev.wenda.bot.config;

import java.util.Objects;

/**
 * A secret value (a token, a password). {@link #toString()} masks it, so it never reaches a log
 * line or an error message by accident; code that must send it somewhere calls {@link #reveal()}.
 */
public final class Secret {
    /** What a masked secret looks like in logs and in {@code toString()}. */
    public static final String MASK = "****";

    private final String value;

    public Secret(String value) {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
        this.value = value;
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
