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
    @DisplayName("a round that finishes as it starts is reused within the time to live and replaced after it")
    void current_roundFinishedAtOnce_isRefreshedAfterTtl() throws Exception {
        assertEquals(
                Map.of("database", ReadinessCheck.Status.failing("connection refused")),
                readiness.current().join().results());
        database.set(ReadinessCheck.Status.ok());
        nanos.addAndGet(Duration.ofMillis(999).toNanos());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.failing("connection refused")),
                readiness.current().join().results());
        nanos.addAndGet(Duration.ofMillis(1).toNanos());
        assertEquals(
                Map.of("database", ReadinessCheck.Status.ok()),
                readiness.current().join().results());
    }
}
