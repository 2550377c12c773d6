package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.quiz.Fixtures;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.RecordingOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Schedules through the composition root, as the console runs them. */
class WiringScheduleTest {
    private static final Origin ADA =
            new Origin(Platform.CONSOLE, "console", "general", "u-ada", "ada", Locale.ENGLISH, true);

    private static WendaConfig config(String dbUrl) {
        return new ConfigLoader(
                        Map.of("WENDA_DB_URL", dbUrl, "WENDA_INSTANCE_ID", "console", "WENDA_QUIZ_TIME_ZONE", "UTC"),
                        () -> "test")
                .load(Optional.empty());
    }

    @Test
    @DisplayName("a schedule added in one console session fires in the next one, in the configured time zone")
    void consoleSchedule_firesWhenTheNextSessionStarts() {
        String db = "jdbc:h2:mem:sched_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1";
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T20:50:00Z"));
        Wiring first = new Wiring(config(db), clock, new SplittableRandom(1), Optional.of(Fixtures.countingIds()));
        first.outboxes().register(Platform.CONSOLE, new RecordingOutbox());
        assertEquals(
                "Scheduled #1: daily at 21:00 (UTC), 1 question of 30 s on all topics. Next: 2026-03-02 21:00."
                        + " Cancel with `quiz schedule cancel 1`.",
                first.chatService()
                        .handle(new ChatRequest.ScheduleAdd(
                                ADA, "daily", "", "21:00", OptionalInt.of(1), OptionalInt.empty(), "", "choice"))
                        .markdown());
        first.store().close(); // the session ends

        clock.advance(Duration.ofMinutes(15)); // 21:05: five minutes late
        Wiring second = new Wiring(config(db), clock, new SplittableRandom(2), Optional.of(Fixtures.countingIds()));
        RecordingOutbox console = new RecordingOutbox();
        second.outboxes().register(Platform.CONSOLE, console);
        try {
            second.chatService().handle(new ChatRequest.Me(ADA)); // the quiz starts with the first request
            assertEquals(
                    "⏰ Scheduled round #1: all topics, 1 question, 30 s each.",
                    console.sent().getFirst().reply().markdown());
            assertTrue(console.sent().get(1).reply().title().startsWith("Quiz 1/1"));
        } finally {
            second.chatService().handle(new ChatRequest.QuizStop(ADA));
            second.store().close();
        }
    }
}
