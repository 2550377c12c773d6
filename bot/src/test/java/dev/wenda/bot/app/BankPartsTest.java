package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.CommunityBank;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreException;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    private static ContentBank bank(String hash, String... answers) {
        List<QaEntry> entries = new ArrayList<>();
        entries.add(new QaEntry(
                "b-2",
                "BN层的作用",
                "把一个batch的数据拉回标准分布。",
                List.of(new SourceRef("b", 2, 4)),
                List.of(),
                List.of(),
                List.of()));
        for (String answer : answers) {
            entries.add(new QaEntry(
                    "b-1", "什么是dropout", answer, List.of(new SourceRef("b", 1, 1)), List.of(), List.of(), List.of()));
        }
        return new ContentBank(entries, List.of(), hash);
    }

    @Test
    @DisplayName(
            "after the bundled bank changes, an alternate wording answers from its bundled target as reloaded, or not at all")
    void bundledBankChanged_aliasesFollowTheirBundledTargets() {
        ManualClock clock = new ManualClock(Instant.parse("2026-12-01T08:00:00Z"));
        try (TestDatabases.Fresh fresh = TestDatabases.open(TestDatabases.Backend.H2);
                SearchService search = SearchService.open(
                        bank("v1", "训练时随机丢弃神经元。"),
                        SearchConfig.defaults().withDense(false),
                        Optional.empty(),
                        IndexProgress.NONE)) {
            BankParts parts = new BankParts(fresh::database, () -> search, clock, BankLimits.defaults());
            parts.searchOnce();
            String alias = ((CommunityBank.Change.Added) parts.bank().link("g1", "随机失活是什么意思", "b-1"))
                    .ids()
                    .getFirst();
            assertEquals("训练时随机丢弃神经元。", search.entry("g1", alias).orElseThrow().answer());

            search.reload(bank("v2", "以概率p把神经元输出置零。"), IndexProgress.NONE);
            parts.bundledBankChanged();
            assertEquals(
                    "以概率p把神经元输出置零。", search.entry("g1", alias).orElseThrow().answer());

            search.reload(bank("v3"), IndexProgress.NONE);
            parts.bundledBankChanged();
            assertEquals(Optional.empty(), search.entry("g1", alias));
            parts.stop();
        }
    }
}
