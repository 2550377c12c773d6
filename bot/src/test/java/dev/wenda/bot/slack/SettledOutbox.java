package dev.wenda.bot.slack;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wraps the Slack outbox so a test can wait until a post has completed <em>and</em> the caller's
 * own completion callbacks (the quiz engine storing the message id) have run.
 */
final class SettledOutbox implements Outbox {
    private final Outbox delegate;
    private final Semaphore settledPosts = new Semaphore(0);

    SettledOutbox(Outbox delegate) {
        this.delegate = delegate;
    }

    @Override
    public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        CompletableFuture<MessageHandle> exposed = new CompletableFuture<>();
        delegate.post(channel, reply).whenComplete((handle, error) -> {
            // complete() runs the callers' non-async callbacks before it returns.
            if (error != null) {
                exposed.completeExceptionally(error);
            } else {
                exposed.complete(handle);
            }
            settledPosts.release();
        });
        return exposed;
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        return delegate.edit(message, reply);
    }

    /** Waits until one more post has settled. */
    void awaitPost(Duration timeout) throws InterruptedException {
        if (!settledPosts.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("no post settled within " + timeout);
        }
    }
}
