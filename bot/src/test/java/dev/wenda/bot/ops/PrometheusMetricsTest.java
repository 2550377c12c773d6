package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Platform;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

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
        metrics.watchSearchCache(() -> 3, () -> 1);
        metrics.watchActiveRounds(() -> 3);
        metrics.answerRecorded(Platform.SLACK);
        metrics.platformError(Platform.SLACK, "rate_limited");
        metrics.chatRequest(Platform.CONSOLE, "Ask", Duration.ofMillis(5));

        String scrape = metrics.scrape();
        assertHasLine(scrape, "wenda_questions_asked_total{platform=\"discord\"} 2.0");
        assertHasLine(scrape, "wenda_decisions_total{outcome=\"answered\"} 1.0");
        assertHasLine(scrape, "wenda_decisions_total{outcome=\"abstained\"} 1.0");
        assertHasLine(scrape, "wenda_search_latency_seconds_count 1");
        assertHasLine(scrape, "wenda_search_cache_total{result=\"hit\"} 3.0");
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
}
