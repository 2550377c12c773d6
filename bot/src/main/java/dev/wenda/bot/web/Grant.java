package dev.wenda.bot.web;

import java.time.Instant;
import java.util.Objects;

/**
 * What a signed link lets its holder see: one community's pages as one user, until {@code
 * expires}; admin pages only with {@link Access#ADMIN}.
 *
 * @param platform the platform name ({@code DISCORD}, {@code SLACK}, {@code CONSOLE})
 * @param channel the channel the link was asked for in (its channel board)
 * @param user the platform user id: never shown, used to find the reader's own rows
 */
public record Grant(String platform, String community, String channel, String user, Access access, Instant expires) {
    public Grant {
        field("platform", platform);
        field("community", community);
        field("channel", channel);
        field("user", user);
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(expires, "expires");
    }

    /** Which pages a link opens. */
    public enum Access {
        USER,
        ADMIN
    }

    private static void field(String name, String value) {
        Objects.requireNonNull(value, name);
        if (value.isEmpty() || value.indexOf('\n') >= 0) {
            throw new IllegalArgumentException(name + " must be one non-empty line, was '" + value + "'");
        }
    }
}
