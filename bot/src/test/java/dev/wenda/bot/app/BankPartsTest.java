package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreException;
import dev.wenda.content.ContentBank;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BankPartsTest {
    @Test
    @DisplayName("when the store cannot be opened the base bank answers, and opening is retried only after 30 s")
    void storeDown_baseBankAnswers_retriedAfterThirtySeconds() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T08:00:00Z"));
        AtomicInteger opens = new AtomicInteger();
        Supplier<Database> down = () -> {
            opens.incrementAndGet();
            throw StoreException.of("cannot open the store", new ConnectException("refused"));
        };
        try (SearchService search = SearchService.open(
                new ContentBank(List.of(), List.of(), "empty"),
                SearchConfig.defaults().withDense(false),
                Optional.empty(),
                IndexProgress.NONE)) {
            BankParts parts = new BankParts(down, () -> search, clock, BankLimits.defaults());
            assertSame(search, parts.search());
            assertSame(search, parts.search());
            assertEquals(1, opens.get());
            clock.advance(Duration.ofSeconds(30));
            assertSame(search, parts.search());
            assertEquals(2, opens.get());
            parts.stop();
        }
    }
}
