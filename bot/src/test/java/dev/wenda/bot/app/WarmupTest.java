package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.ops.ReadinessCheck;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WarmupTest {
    private final AtomicBoolean up = new AtomicBoolean(false);
    private final AtomicInteger loads = new AtomicInteger();

    private void load() {
        loads.incrementAndGet();
        if (!up.get()) {
            throw new IllegalStateException("connection refused");
        }
    }

    @Test
    @DisplayName(
            "a retrying warm-up that failed at start becomes ready on the first check after the dependency returns")
    void retrying_recoversWhenDependencyReturns() {
        Warmup database = new Warmup("database", this::load, ReadinessCheck.Status::ok, true);
        database.runNow();
        ReadinessCheck check = database.check();
        assertEquals(ReadinessCheck.Status.failing("IllegalStateException: connection refused"), check.check());
        up.set(true);
        assertEquals(ReadinessCheck.Status.ok(), check.check());
        assertEquals(ReadinessCheck.Status.ok(), check.check());
        assertEquals(3, loads.get(), "loaded at start, on the failing check and on the recovering one; not after");
    }

    @Test
    @DisplayName("a plain warm-up that failed stays failing without loading again")
    void plain_doesNotRetry() {
        Warmup index = new Warmup("index", this::load);
        index.runNow();
        up.set(true);
        assertEquals(
                ReadinessCheck.Status.failing("IllegalStateException: connection refused"),
                index.check().check());
        assertEquals(1, loads.get());
    }
}
