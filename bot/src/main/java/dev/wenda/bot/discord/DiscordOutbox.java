package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.sharding.ShardManager;

/** Posts and edits the bot's own messages (quiz questions, reveals, scoreboards) in Discord channels. */
final class DiscordOutbox implements Outbox {
    private final Supplier<Optional<ShardManager>> shards;
    private final DiscordRenderer renderer;
    private final LongAnswers longAnswers;

    DiscordOutbox(Supplier<Optional<ShardManager>> shards, DiscordRenderer renderer, LongAnswers longAnswers) {
        this.shards = shards;
        this.renderer = renderer;
        this.longAnswers = longAnswers;
    }

    @Override
    public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        try {
            MessageChannel target = channel(channel);
            DiscordRenderer.Rendered rendered = renderer.render(reply);
            longAnswers.remember(rendered);
            return target.sendMessage(rendered.message())
                    .submit()
                    .thenApply(message -> new MessageHandle(channel, message.getId()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        try {
            MessageChannel target = channel(message.channel());
            DiscordRenderer.Rendered rendered = renderer.render(reply);
            longAnswers.remember(rendered);
            return target.editMessageById(message.messageId(), rendered.asEdit())
                    .submit()
                    .thenApply(edited -> null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private MessageChannel channel(ChannelAddress address) {
        if (address.platform() != Platform.DISCORD) {
            throw new IllegalArgumentException("not a Discord channel: " + address);
        }
        ShardManager manager = shards.get()
                .orElseThrow(
                        () -> new IllegalStateException("the Discord bot is not started; cannot reach " + address));
        MessageChannel channel = manager.getChannelById(MessageChannel.class, address.channel());
        if (channel == null) {
            throw new IllegalArgumentException("unknown or invisible Discord channel " + address.channel());
        }
        return channel;
    }
}
