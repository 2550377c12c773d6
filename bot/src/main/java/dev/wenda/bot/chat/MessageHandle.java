package dev.wenda.bot.chat;

import java.util.Objects;

/** A message the bot posted, so it can be edited later (a quiz question revealed, say). */
public record MessageHandle(ChannelAddress channel, String messageId) {
    public MessageHandle {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(messageId, "messageId");
    }
}
