package dev.wenda.bot.discord;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Remembers the rest of answers cut for one embed, keyed by their "full answer" button id, so a
 * click can show them. Bounded and expiring: after a restart or a day the button says "expired".
 */
final class LongAnswers {
    private final Cache<String, List<String>> pages = Caffeine.newBuilder()
            .maximumSize(2_000)
            .expireAfterAccess(Duration.ofDays(1))
            .build();

    void remember(DiscordRenderer.Rendered rendered) {
        rendered.moreId().ifPresent(id -> pages.put(id, rendered.morePages()));
    }

    Optional<List<String>> pages(String moreId) {
        return Optional.ofNullable(pages.getIfPresent(moreId));
    }
}
