package dev.wenda.bot.chat;

import java.util.Objects;

/** A channel on a platform, independent of any platform library. */
public record ChannelAddress(Platform platform, String community, String channel) {
    public ChannelAddress {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
    }
}
