package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CommunityBankTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    static ContentBank base() {
        return new ContentBank(
                List.of(
                        new QaEntry(
                                "b-1",
                                "什么是dropout",
                                "训练时随机丢弃神经元。",
                                List.of(new SourceRef("b", 1, 1)),
                                List.of("正则化"),
                                List.of(),
                                List.of()),
                        new QaEntry(
                                "b-2",
                                "BN层的作用",
                                "把一个batch的数据拉回标准分布。",
                                List.of(new SourceRef("b", 2, 4)),
                                List.of("归一化"),
                                List.of(),
                                List.of()),
                        new QaEntry(
                                "b-3",
                                "解释感受野这一概念",
                                "输出上一点对应的输入区域。",
                                List.of(new SourceRef("b", 3, 7)),
                                List.of("卷积"),
                                List.of(),
                                List.of())),
                List.of(),
                "community-test");
    }

    /** One bot process: its own pool on the shared database, its own index, its own sync. */
    record Process(Database db, SearchService search, BankSync sync, CommunityBank bank) implements AutoCloseable {
        static Process open(Database db, BankLimits limits) {
            return open(
                    db,
                    limits,
                    SearchService.open(
                            base(), SearchConfig.defaults().withDense(false), Optional.empty(), IndexProgress.NONE));
        }

        /** A process whose search decides by coverage alone ({@code FixtureDecisions}), as the chat tests do. */
        static Process openDecidingByCoverage(Database db, BankLimits limits) {
            return open(
                    db,
                    limits,
                    SearchService.open(
                            base(),
                            SearchConfig.defaults().withDense(false),
                            Optional.empty(),
                            IndexProgress.NONE,
                            dev.wenda.bot.ask.FixtureDecisions.coverageOnly()));
        }

        private static Process open(Database db, BankLimits limits, SearchService search) {
            CommunityEntries store = new CommunityEntries(db);
            BankSync sync = new BankSync(store, search);
            return new Process(db, search, sync, new CommunityBank(store, search, sync, CLOCK, limits));
        }

        List<String> ranked(String community, String question) {
            return search.search(community, question).ranked().stream()
                    .map(h -> h.entry().id())
                    .toList();
        }

        @Override
        public void close() {
            search.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "an added entry is searchable in the same process at once, and in a second process after its next poll")
    void add_isSearchableHereAtOnceAndThereAfterOnePoll(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh);
                Process a = Process.open(fresh.database(), BankLimits.defaults());
                Process b = Process.open(second, BankLimits.defaults())) {
            var added = assertInstanceOf(
                    CommunityBank.Change.Added.class,
                    a.bank().add("g1", "什么是LoRA微调", "在冻结的权重旁训练两个低秩矩阵。", List.of("微调")));
            String id = added.ids().getFirst();
            assertEquals(id, a.ranked("g1", "LoRA微调是什么").getFirst());
            assertFalse(b.ranked("g1", "LoRA微调是什么").contains(id), "not before the second process polls");
            assertEquals(1, b.sync().poll());
            assertEquals(id, b.ranked("g1", "LoRA微调是什么").getFirst());
            assertEquals(0, b.sync().poll(), "nothing new");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("two communities never see each other's entries")
    void communities_areIsolated(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            var one = (CommunityBank.Change.Added) a.bank().add("g1", "什么是LoRA微调", "低秩适配。", List.of());
            var two = (CommunityBank.Change.Added) a.bank().add("g2", "什么是知识蒸馏", "软标签训练小模型。", List.of());
            assertTrue(a.ranked("g1", "LoRA微调").contains(one.ids().getFirst()));
            assertFalse(a.ranked("g2", "LoRA微调").contains(one.ids().getFirst()));
            assertFalse(a.ranked("g1", "知识蒸馏").contains(two.ids().getFirst()));
            assertEquals(Optional.empty(), a.search().entry("g2", one.ids().getFirst()));
            assertEquals(
                    List.of(one.ids().getFirst()),
                    a.bank().entries("g1", Optional.empty()).stream()
                            .map(CommunityEntries.Row::id)
                            .toList());
            assertInstanceOf(
                    CommunityBank.Change.NotFound.class,
                    a.bank().remove("g2", one.ids().getFirst()));
            assertInstanceOf(
                    CommunityBank.Change.NotFound.class,
                    a.bank().edit("g2", one.ids().getFirst(), "q", "a", List.of()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("edit and remove reach both processes; a bundled entry is read-only but can be hidden")
    void editRemoveAndHide_reachBothProcesses(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh);
                Process a = Process.open(fresh.database(), BankLimits.defaults());
                Process b = Process.open(second, BankLimits.defaults())) {
            String id = ((CommunityBank.Change.Added) a.bank().add("g1", "什么是LoRA微调", "低秩适配。", List.of()))
                    .ids()
                    .getFirst();
            assertEquals(new CommunityBank.Change.Edited(id), a.bank().edit("g1", id, "什么是知识蒸馏", "软标签。", List.of()));
            b.sync().poll();
            assertEquals("什么是知识蒸馏", b.search().entry("g1", id).orElseThrow().question());
            assertEquals(new CommunityBank.Change.ReadOnly("b-1"), a.bank().edit("g1", "b-1", "x", "y", List.of()));
            assertEquals(new CommunityBank.Change.Hidden("b-1"), a.bank().remove("g1", "b-1"));
            assertEquals(new CommunityBank.Change.Removed(id), a.bank().remove("g1", id));
            b.sync().poll();
            assertFalse(b.ranked("g1", "什么是dropout").contains("b-1"));
            assertTrue(b.ranked("g2", "什么是dropout").contains("b-1"));
            assertEquals(Optional.empty(), b.search().entry("g1", id));
            a.bank().unhide("g1", "b-1");
            b.sync().poll();
            assertEquals("b-1", b.ranked("g1", "什么是dropout").getFirst());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a full bank and an answer over 8,000 characters are refused and nothing is written")
    void limits_refuseAndWriteNothing(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults().withMaxEntries(1))) {
            assertEquals(
                    new CommunityBank.Change.Rejected(CommunityBank.Rule.ANSWER_TOO_LONG, 8_000),
                    a.bank().add("g1", "q", "长".repeat(8_001), List.of()));
            assertEquals(
                    new CommunityBank.Change.Rejected(CommunityBank.Rule.EMPTY_ANSWER, 0),
                    a.bank().add("g1", "q", "  ", List.of()));
            assertInstanceOf(CommunityBank.Change.Added.class, a.bank().add("g1", "第一问", "答。", List.of()));
            assertEquals(
                    new CommunityBank.Change.Rejected(CommunityBank.Rule.BANK_FULL, 1),
                    a.bank().add("g1", "第二问", "答。", List.of()));
            assertEquals(1, a.bank().entries("g1", Optional.empty()).size());
            assertInstanceOf(CommunityBank.Change.Added.class, a.bank().add("g2", "第二问", "答。", List.of()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("concurrent adds from two processes all land, with distinct ids, and both processes see all of them")
    void concurrentAdds_fromTwoProcesses_allLand(Backend backend) throws Exception {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh);
                Process a = Process.open(fresh.database(), BankLimits.defaults());
                Process b = Process.open(second, BankLimits.defaults())) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<List<String>>> runs = new ArrayList<>();
                for (Process p : List.of(a, b)) {
                    Callable<List<String>> adds = () -> {
                        List<String> ids = new ArrayList<>();
                        for (int i = 0; i < 15; i++) {
                            var added = (CommunityBank.Change.Added)
                                    p.bank().add("g1", "问题" + p.hashCode() + "-" + i, "答案" + i, List.of());
                            ids.addAll(added.ids());
                        }
                        return ids;
                    };
                    runs.add(pool.submit(adds));
                }
                List<String> all = new ArrayList<>();
                for (Future<List<String>> run : runs) {
                    all.addAll(run.get());
                }
                assertEquals(30, new HashSet<>(all).size());
            } finally {
                pool.shutdownNow();
            }
            a.sync().poll();
            b.sync().poll();
            assertEquals(30, a.search().communityEntries("g1").size());
            assertEquals(30, b.search().communityEntries("g1").size());
            assertEquals(30, a.bank().entries("g1", Optional.empty()).size());
        }
    }
}
