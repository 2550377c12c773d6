package dev.wenda.bot.chat;

/**
 * Answers chat requests. Implementations never throw for user mistakes: those become replies with
 * a helpful message. Calls may block (search, database), so adapters call it from their own
 * executor, never from a platform callback thread.
 */
@FunctionalInterface
public interface ChatService {
    Reply handle(ChatRequest request);
}
