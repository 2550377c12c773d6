package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.Gap;
import dev.wenda.bot.ask.GapSink;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.ask.QueuedGaps;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QueuedGapsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Origin ORIGIN = new Origin(Platform.DISCORD, "g1", "c1", "u1", "Ann", Locale.CHINESE, false);

    private static AskHandler handler(SearchService search, GapSink gaps, Metrics metrics) {
        return new AskHandler(
                () -> search,
                NumericAnswerer.NONE,
                f -> {},
                Clock.fixed(NOW, ZoneOffset.UTC),
                metrics,
                System::nanoTime,
                gaps);
    }

    @Test
    @DisplayName(
            "a no-answer reply goes out while the gap store is blocked; when the queue is full the gap is dropped and counted")
    void ask_storeBlocked_repliesAndDropsWhenFull() throws InterruptedException {
        CountDownLatch writing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch written = new CountDownLatch(2);
        List<String> stored = new CopyOnWriteArrayList<>();
        GapSink blockedStore = gap -> {
            writing.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stored.add(gap.question());
            written.countDown();
        };
        PrometheusMetrics metrics = new PrometheusMetrics();
        try (SearchService search = GapsTest.search();
                QueuedGaps queued = QueuedGaps.bounded(blockedStore, 1, metrics)) {
            AskHandler async = handler(search, queued, metrics);
            AskHandler sync = handler(search, GapSink.NONE, Metrics.none());

            Reply first = async.handle(new ChatRequest.Ask(ORIGIN, "今天天气怎么样"));
            writing.await();
            // The writer is inside the blocked store: one more gap fits the queue, the third does not.
            Reply second = async.handle(new ChatRequest.Ask(ORIGIN, "明天会下雨吗"));
            Reply third = async.handle(new ChatRequest.Ask(ORIGIN, "后天是星期几"));

            assertEquals(sync.handle(new ChatRequest.Ask(ORIGIN, "今天天气怎么样")), first);
            assertEquals(sync.handle(new ChatRequest.Ask(ORIGIN, "明天会下雨吗")), second);
            assertEquals(sync.handle(new ChatRequest.Ask(ORIGIN, "后天是星期几")), third);
            assertTrue(
                    metrics.scrape().lines().anyMatch("wenda_gaps_dropped_total{platform=\"discord\"} 1.0"::equals),
                    "one gap dropped");
            assertEquals(List.of(), stored, "nothing written while the store is blocked");

            release.countDown();
            written.await();
            assertEquals(List.of("今天天气怎么样", "明天会下雨吗"), stored);
        }
    }

    @Test
    @DisplayName("a write that fails loses that gap only: the next one is still written")
    void record_failingWrite_nextIsWritten() throws InterruptedException {
        CountDownLatch written = new CountDownLatch(1);
        List<Gap> stored = new CopyOnWriteArrayList<>();
        GapSink flaky = gap -> {
            if (gap.question().equals("bad")) {
                throw new IllegalStateException("disk full");
            }
            stored.add(gap);
            written.countDown();
        };
        Gap bad = new Gap(Platform.SLACK, "T1", "C1", "bad", Gap.Kind.NO_ANSWER, java.util.Optional.empty(), NOW);
        Gap good = new Gap(Platform.SLACK, "T1", "C1", "good", Gap.Kind.NO_ANSWER, java.util.Optional.empty(), NOW);
        try (QueuedGaps queued = QueuedGaps.bounded(flaky, 10, Metrics.none())) {
            queued.record(bad);
            queued.record(good);
            written.await();
        }
        assertEquals(List.of(good), stored);
    }
}
