package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelatedChatServiceTest {
    private static final Origin ORIGIN = new Origin(Platform.SLACK, "T1", "C1", "U1", "ann", Locale.ENGLISH, false);

    private final List<String> seenIds = new ArrayList<>();
    private final Iterator<String> ids = List.of("id-1", "id-2").iterator();
    private final PrometheusMetrics metrics = new PrometheusMetrics();

    private CorrelatedChatService service(boolean fail) {
        return new CorrelatedChatService(
                request -> {
                    seenIds.add(MDC.get("cid"));
                    if (fail) {
                        throw new IllegalStateException("bug");
                    }
                    return Reply.text("ok");
                },
                metrics,
                ids::next,
                new java.util.concurrent.atomic.AtomicLong()::incrementAndGet);
    }

    @Test
    @DisplayName("each request runs with a fresh correlation id in the MDC, removed afterwards")
    void freshIdPerRequest() {
        CorrelatedChatService service = service(false);
        service.handle(new ChatRequest.Ask(ORIGIN, "what is dropout"));
        service.handle(new ChatRequest.Help(ORIGIN));
        assertEquals(List.of("id-1", "id-2"), seenIds);
        assertNull(MDC.get("cid"));
        String scrape = metrics.scrape();
        assertEquals(
                1,
                scrape.lines()
                        .filter(l -> l.equals("wenda_questions_asked_total{platform=\"slack\"} 1.0"))
                        .count());
    }

    @Test
    @DisplayName("an id the adapter opened is kept, and restored after a failure")
    void adapterIdKept() {
        Correlation scope = Correlation.open("discord-interaction-9");
        try {
            assertThrows(IllegalStateException.class, () -> service(true).handle(new ChatRequest.Help(ORIGIN)));
            assertEquals("discord-interaction-9", MDC.get("cid"));
        } finally {
            scope.close();
        }
        assertEquals(List.of("discord-interaction-9"), seenIds);
        assertNull(MDC.get("cid"));
    }
}
