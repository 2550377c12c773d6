package dev.wenda.bot.store;

import java.util.Objects;

/** A finished season of one board: it counted answers from {@code startedAt} to {@code endedAt}. */
public record Season(
        long id, String scope, String scopeKey, long startedAt, long endedAt, String resetBy, String resetByName) {
    public Season {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(scopeKey, "scopeKey");
        Objects.requireNonNull(resetBy, "resetBy");
        Objects.requireNonNull(resetByName, "resetByName");
    }
}
