package dev.wenda.bot.ops;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * An {@link Outbox} that counts failed posts and edits as platform errors ({@code post_failed},
 * {@code edit_failed}); the results pass through unchanged.
 */
public final class MeasuredOutbox implements Outbox {
    private final Outbox delegate;
    private final Platform platform;
    private final Metrics metrics;

    public MeasuredOutbox(Outbox delegate, Platform platform, Metrics metrics) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        return counted(delegate.post(channel, reply), "post_failed");
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        return counted(delegate.edit(message, reply), "edit_failed");
    }

    private <T> CompletableFuture<T> counted(CompletableFuture<T> result, String kind) {
        return result.whenComplete((value, error) -> {
            if (error != null) {
                metrics.platformError(platform, kind);
            }
        });
    }
}
