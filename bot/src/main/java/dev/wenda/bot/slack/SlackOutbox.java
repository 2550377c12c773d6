package dev.wenda.bot.slack;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The Slack {@link Outbox}: {@code post} is {@code chat.postMessage} (the handle's message id is the
 * message {@code ts}), {@code edit} is {@code chat.update}. Calls run on the adapter's executor.
 */
final class SlackOutbox implements Outbox {
    private final SlackMessages messages;
    private final BotThreads threads;
    private final Executor executor;

    SlackOutbox(SlackMessages messages, BotThreads threads, Executor executor) {
        this.messages = messages;
        this.threads = threads;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        requireSlack(channel);
        return CompletableFuture.supplyAsync(
                () -> {
                    try {
                        String ts = messages.post(channel.channel(), reply, Optional.empty());
                        threads.remember(channel.channel(), ts);
                        return new MessageHandle(channel, ts);
                    } catch (Exception e) {
                        throw new IllegalStateException("posting to Slack channel " + channel.channel() + " failed", e);
                    }
                },
                executor);
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        requireSlack(message.channel());
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        messages.update(message.channel().channel(), message.messageId(), reply);
                    } catch (Exception e) {
                        throw new IllegalStateException("updating Slack message " + message.messageId() + " failed", e);
                    }
                },
                executor);
    }

    private static void requireSlack(ChannelAddress channel) {
        if (channel.platform() != Platform.SLACK) {
            throw new IllegalArgumentException("the Slack outbox only posts to SLACK channels, was " + channel);
        }
    }
}
