package dev.wenda.bot.slack;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;

/**
 * The messages the bot posted through its outbox (quiz questions) in the last hours, so that only
 * replies in their threads are passed on as typed answers, not every threaded message the bot sees.
 */
final class BotThreads {
    private final Cache<String, Boolean> posted = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(6))
            .maximumSize(20_000)
            .build();

    void remember(String channel, String ts) {
        posted.put(key(channel, ts), Boolean.TRUE);
    }

    boolean isBotThread(String channel, String threadTs) {
        return posted.getIfPresent(key(channel, threadTs)) != null;
    }

    private static String key(String channel, String ts) {
        return channel + '/' + ts;
    }
}
