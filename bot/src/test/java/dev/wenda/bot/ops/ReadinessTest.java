package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReadinessTest {
    private final AtomicLong nanos = new AtomicLong();
    private final AtomicReference<ReadinessCheck.Status> database =
            new AtomicReference<>(ReadinessCheck.Status.failing("connection refused"));

    // a direct executor: each round finishes inside the call that starts it
    private final Readiness readiness = new Readiness(
            List.of(ReadinessCheck.of("database", database::get)),
            Duration.ofSeconds(1),
            Duration.ofSeconds(2),
            nanos::get,
            Runnable::run);

    @Test
    @DisplayName("a passing round is reused within the time to live and replaced after it")
    void current_passingRound_isRefreshedAfterTtl() {
        database.set(ReadinessCheck.Status.ok());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.ok()),
                readiness.current().join().results());
        database.set(ReadinessCheck.Status.failing("connection refused"));
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.ok()),
                readiness.current().join().results());
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.failing("connection refused")),
                readiness.current().join().results());
    }

    @Test
    @DisplayName(
            "a failing round is reused for 100 ms only, so a process that just became ready says so on the next probe")
    void current_failingRound_isRefreshedAfter100Ms() {
        assertEquals(
                Map.of("database", ReadinessCheck.Status.failing("connection refused")),
                readiness.current().join().results());
        database.set(ReadinessCheck.Status.ok());
        nanos.addAndGet(Duration.ofMillis(99).toNanos());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.failing("connection refused")),
                readiness.current().join().results());
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.ok()),
                readiness.current().join().results());
    }

    @Test
    @DisplayName("with a time to live under 100 ms a failing round is kept for the time to live")
    void current_ttlShorterThanFailingTtl_wins() {
        Readiness quick = new Readiness(
                List.of(ReadinessCheck.of("database", database::get)),
                Duration.ofMillis(10),
                Duration.ofSeconds(2),
                nanos::get,
                Runnable::run);
        quick.current().join();
        database.set(ReadinessCheck.Status.ok());
        nanos.addAndGet(Duration.ofMillis(10).toNanos());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.ok()),
                quick.current().join().results());
    }
}
