package dev.wenda.bot.app;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One outbox for the whole process: sends each message through the outbox of the platform its
 * channel belongs to. Adapters register theirs when they start.
 */
public final class PlatformOutboxes implements Outbox {
    private final Map<Platform, Outbox> outboxes = new EnumMap<>(Platform.class);

    public synchronized void register(Platform platform, Outbox outbox) {
        outboxes.put(platform, outbox);
    }

    /** The platforms whose adapters have registered so far. */
    public synchronized Set<Platform> registered() {
        return Set.copyOf(outboxes.keySet());
    }

    @Override
    public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        return outboxFor(channel.platform()).post(channel, reply);
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        return outboxFor(message.channel().platform()).edit(message, reply);
    }

    private synchronized Outbox outboxFor(Platform platform) {
        Outbox outbox = outboxes.get(platform);
        if (outbox == null) {
            throw new IllegalStateException("no outbox registered for " + platform);
        }
        return outbox;
    }
}
