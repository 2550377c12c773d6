package dev.wenda.bot.ops;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.List;
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

    static final String POST_FAILED = "post_failed";
    static final String EDIT_FAILED = "edit_failed";
    /** Every {@code kind} of {@code wenda_platform_errors_total} this counts. */
    static final List<String> ERROR_KINDS = List.of(POST_FAILED, EDIT_FAILED);

    public MeasuredOutbox(Outbox delegate, Platform platform, Metrics metrics) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.platform = Objects.requireNonNull(platform, "platform");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    @Override
    public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        return counted(delegate.post(channel, reply), POST_FAILED);
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        return counted(delegate.edit(message, reply), EDIT_FAILED);
    }

    private <T> CompletableFuture<T> counted(CompletableFuture<T> result, String kind) {
        return result.whenComplete((value, error) -> {
            if (error != null) {
                metrics.platformError(platform, kind);
            }
        });
    }
}
