package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.ops.PrometheusMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuizMetricsTest {
    private static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

    private static QuizEvent.AnswerRecorded answer(String roundId) {
        return new QuizEvent.AnswerRecorded(roundId, T, 1, "u1", "ann", "A", true, true, 120);
    }

    @Test
    @DisplayName("answers count under their round's platform; a round started elsewhere is looked up once")
    void answersByPlatform() {
        PrometheusMetrics metrics = new PrometheusMetrics();
        List<String> lookups = new ArrayList<>();
        QuizMetrics quiz = new QuizMetrics(metrics, id -> {
            lookups.add(id);
            return Optional.of(Platform.DISCORD);
        });
        quiz.on(new QuizEvent.RoundStarted(
                "r1", T, new ChannelAddress(Platform.SLACK, "T1", "C1"), "ann", "", 3, 30, false));
        quiz.on(answer("r1"));
        quiz.on(answer("r1"));
        quiz.on(answer("r2"));
        quiz.on(answer("r2"));
        String scrape = metrics.scrape();
        assertTrue(scrape.contains("wenda_quiz_answers_total{platform=\"slack\"} 2.0"), scrape);
        assertTrue(scrape.contains("wenda_quiz_answers_total{platform=\"discord\"} 2.0"), scrape);
        assertEquals(List.of("r2"), lookups);
    }
}
