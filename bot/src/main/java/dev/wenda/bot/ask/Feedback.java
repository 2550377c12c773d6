package dev.wenda.bot.ask;

import dev.wenda.bot.chat.Platform;
import java.time.Instant;
import java.util.Objects;

/**
 * A 👍 or 👎 on an answer.
 *
 * @param entryId the entry that was shown
 * @param helpful true for 👍
 * @param platform where the click came from
 * @param community the Discord guild, Slack team or {@code console} it came from
 * @param user the platform user id (never their display name)
 * @param at when the click arrived
 */
public record Feedback(String entryId, boolean helpful, Platform platform, String community, String user, Instant at) {
    public Feedback {
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
    }
}
