package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ExecutorSchedulerTest {
    @Test
    @DisplayName(
            "a due task runs on a named timer thread; a cancelled one never runs; a failing one does not kill the timer")
    void schedule_runsCancelsAndSurvivesFailures() throws Exception {
        try (ExecutorScheduler scheduler = new ExecutorScheduler("quiz-timer-test", 2)) {
            AtomicBoolean cancelledRan = new AtomicBoolean();
            scheduler
                    .schedule(Duration.ofHours(1), () -> cancelledRan.set(true))
                    .cancel();
            scheduler.schedule(Duration.ZERO, () -> {
                throw new IllegalStateException("boom");
            });
            CountDownLatch ran = new CountDownLatch(1);
            String[] thread = new String[1];
            scheduler.schedule(Duration.ZERO, () -> {
                thread[0] = Thread.currentThread().getName();
                ran.countDown();
            });
            assertTrue(ran.await(10, TimeUnit.SECONDS));
            assertTrue(thread[0].startsWith("quiz-timer-test-"), thread[0]);
            assertFalse(cancelledRan.get());
        }
        assertEquals(
                "threads must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new ExecutorScheduler("x", 0))
                        .getMessage());
    }
}
