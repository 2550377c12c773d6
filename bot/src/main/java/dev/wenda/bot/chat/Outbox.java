package dev.wenda.bot.chat;

import java.util.concurrent.CompletableFuture;

/**
 * Messages the bot sends on its own, not as the direct reply to a request: a quiz round's next
 * question, its reveal, the scoreboard. Each platform adapter implements it.
 */
public interface Outbox {
    /** Posts {@code reply} in {@code channel}; completes with a handle for later edits. */
    CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply);

    /** Replaces the content of a message the bot posted earlier. */
    CompletableFuture<Void> edit(MessageHandle message, Reply reply);
}
