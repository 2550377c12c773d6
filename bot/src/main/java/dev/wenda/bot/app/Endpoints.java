package dev.wenda.bot.app;

import dev.wenda.bot.ops.ReadinessCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The HTTP endpoints {@code serve} starts before the platforms: the study pages first, then the ops
 * endpoint (each its own Jetty server with its own limits). Closing closes them in reverse.
 */
final class Endpoints {
    private Endpoints() {}

    static Optional<Function<List<ReadinessCheck>, AutoCloseable>> of(
            Optional<Supplier<AutoCloseable>> web, Optional<Function<List<ReadinessCheck>, AutoCloseable>> ops) {
        if (web.isEmpty()) {
            return ops;
        }
        return Optional.of(checks -> {
            List<AutoCloseable> started = new ArrayList<>();
            started.add(web.get().get());
            ops.ifPresent(start -> started.add(start.apply(checks)));
            return () -> {
                for (AutoCloseable endpoint : started.reversed()) {
                    endpoint.close();
                }
            };
        });
    }
}
