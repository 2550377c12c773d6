package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.wenda.bot.chat.Platform;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class PrometheusMetricsTest {
    private static void assertHasLine(String scrape, String line) {
        assertTrue(scrape.lines().anyMatch(l -> l.equals(line)), () -> "no line '" + line + "' in:\n" + scrape);
    }

    @Test
    @DisplayName("every recorded event shows up under its Prometheus name with its count")
    void recordedEventsAreScraped() {
        PrometheusMetrics metrics = new PrometheusMetrics();
        metrics.questionAsked(Platform.DISCORD);
        metrics.questionAsked(Platform.DISCORD);
        metrics.decision(Metrics.Decision.ANSWERED);
        metrics.decision(Metrics.Decision.ABSTAINED);
        metrics.searchLatency(Duration.ofMillis(12));
        Cache<String, String> cache = Caffeine.newBuilder().recordStats().build();
        cache.put("dropout", "answer");
        for (String key : List.of("dropout", "dropout", "dropout", "BN")) {
            cache.getIfPresent(key);
        }
        metrics.watchSearchCache(cache);
        metrics.watchActiveRounds(() -> 3);
        metrics.answerRecorded(Platform.SLACK);
        metrics.platformError(Platform.SLACK, "rate_limited");
        metrics.chatRequest(Platform.CONSOLE, "Ask", Duration.ofMillis(5));

        String scrape = metrics.scrape();
        assertHasLine(scrape, "wenda_questions_asked_total{platform=\"discord\"} 2.0");
        assertHasLine(scrape, "wenda_decisions_total{outcome=\"answered\"} 1.0");
        assertHasLine(scrape, "wenda_decisions_total{outcome=\"abstained\"} 1.0");
        assertHasLine(scrape, "wenda_search_latency_seconds_count 1");
        assertHasLine(scrape, "cache_gets_total{cache=\"search\",result=\"hit\"} 3.0");
        assertHasLine(scrape, "cache_gets_total{cache=\"search\",result=\"miss\"} 1.0");
        assertHasLine(scrape, "cache_size{cache=\"search\"} 1.0");
        assertHasLine(scrape, "wenda_search_cache_hit_ratio 0.75");
        assertHasLine(scrape, "wenda_quiz_rounds_active 3.0");
        assertHasLine(scrape, "wenda_quiz_answers_total{platform=\"slack\"} 1.0");
        assertHasLine(scrape, "wenda_platform_errors_total{kind=\"rate_limited\",platform=\"slack\"} 1.0");
        assertHasLine(scrape, "wenda_chat_requests_seconds_count{kind=\"Ask\",platform=\"console\"} 1");
        assertHasLine(scrape, "wenda_search_latency_seconds_bucket{le=\"+Inf\"} 1");
        assertTrue(scrape.lines()
                        .filter(l -> l.startsWith("wenda_search_latency_seconds_bucket{"))
                        .count()
                > 10);
    }

    @Test
    @DisplayName(
            "before anything happens every wenda series of a closed label set is scraped at zero, beside the JVM's")
    void freshRegistry_hasEverySeriesAtZero() {
        String scrape = new PrometheusMetrics().scrape();
        for (String platform : List.of("console", "discord", "slack")) {
            assertHasLine(scrape, "wenda_questions_asked_total{platform=\"" + platform + "\"} 0.0");
            assertHasLine(scrape, "wenda_quiz_answers_total{platform=\"" + platform + "\"} 0.0");
            assertHasLine(
                    scrape, "wenda_platform_errors_total{kind=\"post_failed\",platform=\"" + platform + "\"} 0.0");
            assertHasLine(scrape, "wenda_chat_requests_seconds_count{kind=\"Ask\",platform=\"" + platform + "\"} 0");
        }
        for (String outcome : List.of("answered", "candidates", "abstained")) {
            assertHasLine(scrape, "wenda_decisions_total{outcome=\"" + outcome + "\"} 0.0");
        }
        assertHasLine(scrape, "wenda_quiz_rounds_active 0.0");
        assertHasLine(scrape, "wenda_search_cache_hit_ratio 0.0");
        assertHasLine(scrape, "wenda_search_latency_seconds_count 0");
        for (String name : List.of(
                "jvm_gc_memory_allocated_bytes_total",
                "jvm_memory_used_bytes",
                "jvm_threads_live_threads",
                "jvm_classes_loaded_classes",
                "process_files_open_files",
                "process_uptime_seconds")) {
            assertTrue(scrape.contains("\n" + name), () -> name + " missing in:\n" + scrape);
        }
    }

    @Test
    @DisplayName("a new search cache replaces the old one's meters instead of adding a second set")
    void watchSearchCache_twice_keepsOnlyTheNewCache() {
        PrometheusMetrics metrics = new PrometheusMetrics();
        Cache<String, String> old = Caffeine.newBuilder().recordStats().build();
        old.getIfPresent("a");
        metrics.watchSearchCache(old);
        Cache<String, String> reloaded = Caffeine.newBuilder().recordStats().build();
        metrics.watchSearchCache(reloaded);
        assertHasLine(metrics.scrape(), "cache_gets_total{cache=\"search\",result=\"miss\"} 0.0");
    }

    @Test
    @Timeout(10)
    @DisplayName(
            "a scrape never runs a readiness check itself: a hanging check reads 0 at once, its result once its round ends")
    void readinessGauge_readsFinishedRounds_neverWaits() {
        CountDownLatch release = new CountDownLatch(1);
        PrometheusMetrics metrics = new PrometheusMetrics();
        metrics.watchReadiness(List.of(ReadinessCheck.of("database", () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ReadinessCheck.Status.ok();
        })));

        assertHasLine(metrics.scrape(), "wenda_readiness_check{check=\"database\"} 0.0");

        release.countDown();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        String scrape = metrics.scrape();
        while (!scrape.contains("wenda_readiness_check{check=\"database\"} 1.0") && System.nanoTime() < deadline) {
            Thread.onSpinWait();
            scrape = metrics.scrape();
        }
        assertHasLine(scrape, "wenda_readiness_check{check=\"database\"} 1.0");
    }
}
