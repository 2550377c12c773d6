package dev.wenda.bot.ops;

import com.github.benmanes.caffeine.cache.Cache;
import dev.wenda.bot.chat.Platform;
import java.time.Duration;
import java.util.function.IntSupplier;

/**
 * What the bot counts, in domain words. Domain code calls this; only {@link PrometheusMetrics}
 * knows Micrometer. {@link #none()} discards everything, for tests and one-shot commands.
 *
 * <p>Prometheus names (see {@code deploy/README.md}): {@code wenda_questions_asked_total},
 * {@code wenda_decisions_total{outcome}}, {@code wenda_search_latency_seconds} (histogram),
 * {@code cache_gets_total{cache="search",result}} and {@code wenda_search_cache_hit_ratio},
 * {@code wenda_quiz_rounds_active}, {@code wenda_quiz_answers_total} (answers per second is
 * {@code rate(wenda_quiz_answers_total[1m])}), {@code wenda_platform_errors_total{platform,kind}},
 * {@code wenda_chat_requests_seconds{kind}}.
 */
public interface Metrics {
    /** A question reached the ask flow. */
    void questionAsked(Platform platform);

    /** What the ask flow decided for one question. */
    void decision(Decision decision);

    /** How long one search of the index took. */
    void searchLatency(Duration elapsed);

    /**
     * Reports the search result cache (its hits, misses, size, evictions) on every scrape; the
     * search wiring calls it for each search service it opens.
     */
    void watchSearchCache(Cache<?, ?> cache);

    /** Reports the number of running quiz rounds on every scrape; the quiz engine calls it once. */
    void watchActiveRounds(IntSupplier running);

    /** A quiz answer was recorded (whatever its outcome). */
    void answerRecorded(Platform platform);

    /** A platform call failed (a rejected send, a lost connection); {@code kind} is a short word. */
    void platformError(Platform platform, String kind);

    /** One chat request was handled; {@code kind} is the request type, e.g. {@code Ask}. */
    void chatRequest(Platform platform, String kind, Duration elapsed);

    /** A knowledge gap was dropped because its writer's queue was full. */
    default void gapDropped(Platform platform) {}

    /** The outcomes of the ask flow. */
    enum Decision {
        ANSWERED,
        CANDIDATES,
        ABSTAINED
    }

    /** Metrics that go nowhere. */
    static Metrics none() {
        return NoMetrics.INSTANCE;
    }
}
