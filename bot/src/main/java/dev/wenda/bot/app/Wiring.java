package dev.wenda.bot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.guard.RateLimitedChatService;
import dev.wenda.bot.guard.RateLimits;
import dev.wenda.bot.help.HelpService;
import dev.wenda.content.ContentBank;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The composition root: builds every service in plain Java, lazily, so a command only pays for
 * what it uses ({@code wenda calc} never loads the index). One instance per process.
 */
public final class Wiring {
    private final Optional<Path> contentDir;
    private final PlatformOutboxes outboxes = new PlatformOutboxes();
    private ContentBank bank;
    private ChatService chatService;
    private ChatService platformChatService;

    public Wiring(Optional<Path> contentDir) {
        this.contentDir = contentDir;
    }

    /** The content bank: the user's folder when given, else the bundled one. */
    public synchronized ContentBank bank() {
        if (bank == null) {
            bank = contentDir.map(ContentBank::load).orElseGet(ContentBank::bundled);
        }
        return bank;
    }

    /** The outbox every platform adapter registers with; the quiz engine posts through it. */
    public PlatformOutboxes outboxes() {
        return outboxes;
    }

    /** The one chat service every adapter talks to. */
    public synchronized ChatService chatService() {
        if (chatService == null) {
            ChatService missing = request -> Reply.privateText(
                    request.origin().chinese()
                            ? "这个功能在当前版本中还不可用。"
                            : "This part of Wenda is not available in this build.");
            chatService = new ChatDispatcher(missing, missing, missing, new HelpService());
        }
        return chatService;
    }

    /**
     * The chat service for Discord and Slack: {@link #chatService()} behind per-user and
     * per-channel rate limits.
     */
    public synchronized ChatService platformChatService(RateLimits limits) {
        if (platformChatService == null) {
            platformChatService = new RateLimitedChatService(chatService(), limits, Ticker.systemTicker());
        }
        return platformChatService;
    }
}
