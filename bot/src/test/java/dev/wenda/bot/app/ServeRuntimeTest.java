package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wenda.bot.app.GracefulShutdown.Outcome;
import dev.wenda.bot.app.GracefulShutdown.Result;
import dev.wenda.bot.app.GracefulShutdown.Step;
import dev.wenda.bot.ops.ReadinessCheck;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ServeRuntimeTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    private final class FakePlatform implements PlatformRunner {
        private final String name;
        private final boolean failToStart;
        private boolean connected;

        FakePlatform(String name, boolean failToStart) {
            this.name = name;
            this.failToStart = failToStart;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void start() {
            events.add(name + " start");
            if (failToStart) {
                throw new IllegalStateException(name + " rejected the token");
            }
            connected = true;
        }

        @Override
        public boolean connected() {
            return connected;
        }

        @Override
        public void stopAccepting() {
            events.add(name + " stop accepting");
        }

        @Override
        public void close() {
            events.add(name + " close");
            connected = false;
        }
    }

    private ServeRuntime runtime(List<PlatformRunner> platforms) {
        return new ServeRuntime(
                platforms,
                List.of(ReadinessCheck.of("index", ReadinessCheck.Status::ok)),
                Optional.of(checks -> {
                    events.add("ops start with "
                            + checks.stream().map(ReadinessCheck::name).toList());
                    return () -> events.add("ops close");
                }),
                () -> events.add("persist rounds"),
                List.of(new Step("close store", () -> events.add("store close"))));
    }

    private static Map<String, Boolean> readiness(ServeRuntime runtime) {
        return runtime.readinessChecks().stream()
                .collect(Collectors.toMap(
                        ReadinessCheck::name,
                        check -> check.check().ready(),
                        (a, b) -> a,
                        java.util.LinkedHashMap::new));
    }

    @Test
    @DisplayName("start brings up the ops endpoint first, then each platform; then every check is ready")
    void startOrder() throws Exception {
        ServeRuntime runtime = runtime(List.of(new FakePlatform("discord", false), new FakePlatform("slack", false)));
        assertEquals(Map.of("index", true, "discord", false, "slack", false, "serving", false), readiness(runtime));
        runtime.start();
        assertEquals(
                List.of("ops start with [index, discord, slack, serving]", "discord start", "slack start"), events);
        assertEquals(Map.of("index", true, "discord", true, "slack", true, "serving", true), readiness(runtime));
    }

    @Test
    @DisplayName("stop goes: stop accepting everywhere, persist rounds, disconnect platforms, close store, close ops")
    void stopOrder() throws Exception {
        ServeRuntime runtime = runtime(List.of(new FakePlatform("discord", false), new FakePlatform("slack", false)));
        runtime.start();
        events.clear();
        List<Result> results = new GracefulShutdown(Duration.ofSeconds(10), System::nanoTime).run(runtime.stopSteps());
        assertEquals(
                List.of(
                        "discord stop accepting",
                        "slack stop accepting",
                        "persist rounds",
                        "discord close",
                        "slack close",
                        "store close",
                        "ops close"),
                events);
        assertEquals(
                List.of(
                        "stop accepting",
                        "persist quiz rounds",
                        "disconnect discord",
                        "disconnect slack",
                        "close store",
                        "stop ops endpoint"),
                results.stream().map(Result::step).toList());
        assertEquals(
                List.of(Outcome.DONE),
                results.stream().map(Result::outcome).distinct().toList());
    }

    @Test
    @DisplayName("readiness turns false as soon as stopping begins, before the platforms disconnect")
    void notReadyWhileStopping() throws Exception {
        ServeRuntime runtime = runtime(List.of(new FakePlatform("slack", false)));
        runtime.start();
        runtime.stopSteps().getFirst().action().run();
        assertEquals(Map.of("index", true, "slack", true, "serving", false), readiness(runtime));
    }

    @Test
    @DisplayName("a platform that cannot start stops the start with its error; later platforms are not started")
    void platformFailsToStart() {
        ServeRuntime runtime = runtime(List.of(new FakePlatform("discord", true), new FakePlatform("slack", false)));
        assertEquals(
                "discord rejected the token",
                assertThrows(IllegalStateException.class, runtime::start).getMessage());
        assertEquals(List.of("ops start with [index, discord, slack, serving]", "discord start"), events);
        assertEquals(false, readiness(runtime).get("serving"));
    }
}
