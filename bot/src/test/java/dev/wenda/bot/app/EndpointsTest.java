package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.ops.ReadinessCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class EndpointsTest {
    private final List<String> events = new ArrayList<>();

    @Test
    void of_webAndOps_startsWebFirstAndClosesInReverse() throws Exception {
        Supplier<AutoCloseable> web = () -> started("web");
        Function<List<ReadinessCheck>, AutoCloseable> ops = checks -> started("ops " + checks.size());

        AutoCloseable both = Endpoints.of(Optional.of(web), Optional.of(ops))
                .orElseThrow()
                .apply(List.of(ReadinessCheck.of("x", ReadinessCheck.Status::ok)));
        both.close();

        assertEquals(List.of("start web", "start ops 1", "close ops 1", "close web"), events);
    }

    @Test
    void of_webOnlyOrNeither() throws Exception {
        Endpoints.of(Optional.of(() -> started("web")), Optional.empty())
                .orElseThrow()
                .apply(List.of())
                .close();
        assertEquals(List.of("start web", "close web"), events);
        assertTrue(Endpoints.of(Optional.empty(), Optional.empty()).isEmpty());
    }

    private AutoCloseable started(String name) {
        events.add("start " + name);
        return () -> events.add("close " + name);
    }
}
