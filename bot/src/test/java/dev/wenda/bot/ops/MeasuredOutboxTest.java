package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MeasuredOutboxTest {
    private static final ChannelAddress CHANNEL = new ChannelAddress(Platform.DISCORD, "g", "c");

    @Test
    @DisplayName("failed posts and edits count as platform errors; results pass through")
    void failuresCounted() {
        PrometheusMetrics metrics = new PrometheusMetrics();
        Outbox failing = new Outbox() {
            @Override
            public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
                return CompletableFuture.failedFuture(new IllegalStateException("429"));
            }

            @Override
            public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
                return CompletableFuture.completedFuture(null);
            }
        };
        Outbox measured = new MeasuredOutbox(failing, Platform.DISCORD, metrics);
        assertTrue(measured.post(CHANNEL, Reply.text("q")).isCompletedExceptionally());
        assertTrue(measured.post(CHANNEL, Reply.text("q")).isCompletedExceptionally());
        assertEquals(
                null,
                measured.edit(new MessageHandle(CHANNEL, "m1"), Reply.text("a")).join());
        String scrape = metrics.scrape();
        assertTrue(
                scrape.contains("wenda_platform_errors_total{kind=\"post_failed\",platform=\"discord\"} 2.0"), scrape);
        assertTrue(
                scrape.contains("wenda_platform_errors_total{kind=\"edit_failed\",platform=\"discord\"} 0.0"), scrape);
    }
}
