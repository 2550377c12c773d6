package dev.wenda.bot.store;

import java.util.Objects;
import java.util.Optional;

/**
 * Which answers a board counts: those in public rounds of one community, optionally one channel,
 * optionally by members of one study group, given at or after {@code since} (epoch ms).
 */
public record BoardQuery(
        String platform, String community, Optional<String> channel, Optional<String> group, long since, int limit) {
    public BoardQuery {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(group, "group");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
    }
}
