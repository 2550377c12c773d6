package dev.wenda.bot.chat;

import java.util.Locale;
import java.util.Objects;

/**
 * Who sent a request and where: the platform-neutral "who, where" of every chat event.
 *
 * @param platform the platform the event came from
 * @param community the Discord guild id, Slack team id, or {@code console}
 * @param channel the channel id within the community
 * @param user the platform user id
 * @param userName the display name, for boards and reveals (never used to mention anyone)
 * @param locale the user's locale; replies are Chinese for {@code zh*}, English otherwise
 * @param admin whether the platform says this user may take admin actions here
 */
public record Origin(
        Platform platform,
        String community,
        String channel,
        String user,
        String userName,
        Locale locale,
        boolean admin) {
    public Origin {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(locale, "locale");
    }

    /** The channel this request came from. */
    public ChannelAddress where() {
        return new ChannelAddress(platform, community, channel);
    }

    /** The message catalogue in this user's language. */
    public Messages messages() {
        return Messages.of(locale);
    }
}
