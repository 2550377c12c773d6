package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.app.GracefulShutdown.Outcome;
import dev.wenda.bot.app.GracefulShutdown.Result;
import dev.wenda.bot.app.GracefulShutdown.Step;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class GracefulShutdownTest {
    private final List<String> ran = new CopyOnWriteArrayList<>();
    private final AtomicLong now = new AtomicLong();

    private Step step(String name) {
        return new Step(name, () -> ran.add(name));
    }

    @Test
    @DisplayName("a failing step is reported and the next steps still run")
    void failureDoesNotStopTheSequence() {
        List<Result> results = new GracefulShutdown(Duration.ofSeconds(10), now::get)
                .run(List.of(
                        step("a"),
                        new Step("b", () -> {
                            throw new IllegalStateException("b broke");
                        }),
                        step("c")));
        assertEquals(List.of("a", "c"), ran);
        assertEquals(
                List.of(new Result("a", Outcome.DONE), new Result("b", Outcome.FAILED), new Result("c", Outcome.DONE)),
                results);
    }

    @Test
    @DisplayName("once the budget is spent the remaining steps are skipped")
    void budgetSpentSkipsTheRest() {
        List<Result> results = new GracefulShutdown(Duration.ofSeconds(10), now::get)
                .run(List.of(
                        new Step("slow", () -> {
                            ran.add("slow");
                            now.addAndGet(Duration.ofSeconds(11).toNanos()); // the fake clock passes the deadline
                        }),
                        step("never")));
        assertEquals(List.of("slow"), ran);
        assertEquals(List.of(new Result("slow", Outcome.DONE), new Result("never", Outcome.SKIPPED)), results);
    }

    @Test
    @DisplayName("a step that hangs is abandoned when the time left runs out, and is interrupted")
    void hangingStepAbandoned() throws InterruptedException {
        CountDownLatch never = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        List<Result> results = new GracefulShutdown(Duration.ofMillis(50), System::nanoTime)
                .run(List.of(new Step("hang", () -> {
                    try {
                        never.await();
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                    }
                })));
        assertEquals(List.of(new Result("hang", Outcome.TIMED_OUT)), results);
        interrupted.await();
    }
}
