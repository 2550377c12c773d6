package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.wenda.bot.admin.CommunityBankTest.Process;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AliasLinkTest {
    private static final String TARGET_Q = "什么是LoRA微调";
    private static final String ALIAS_Q = "低秩适配器是怎么训练的";

    private static String added(CommunityBank.Change change) {
        return assertInstanceOf(CommunityBank.Change.Added.class, change).ids().getFirst();
    }

    /** The answer and tags {@code community}'s search gives for {@code question}'s best hit, and that hit's id. */
    private static List<Object> answers(Process p, String community, String question) {
        var best = p.search().search(community, question).ranked().getFirst().entry();
        return List.of(best.id(), best.answer(), best.tags());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("after the target is edited, asking the alternate wording answers with the new answer and tags")
    void editTarget_aliasAnswersWithTheNewAnswer(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of("微调")));
            String alias = added(a.bank().link("g1", ALIAS_Q, target));
            assertEquals(List.of(alias, "低秩适配。", List.of("微调")), answers(a, "g1", ALIAS_Q));

            assertEquals(
                    new CommunityBank.Change.Edited(target),
                    a.bank().edit("g1", target, TARGET_Q, "在冻结的权重旁训练两个低秩矩阵。", List.of("微调", "参数高效")));

            assertEquals(List.of(alias, "在冻结的权重旁训练两个低秩矩阵。", List.of("微调", "参数高效")), answers(a, "g1", ALIAS_Q));
            assertEquals(ALIAS_Q, a.search().entry("g1", alias).orElseThrow().question());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("once the target is removed, the alternate wording no longer answers from it")
    void removeTarget_aliasIsLeftOut(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            String alias = added(a.bank().link("g1", ALIAS_Q, target));
            assertEquals(alias, a.ranked("g1", ALIAS_Q).getFirst());

            assertEquals(new CommunityBank.Change.Removed(target), a.bank().remove("g1", target));

            assertEquals(Optional.empty(), a.search().entry("g1", alias));
            assertFalse(a.ranked("g1", ALIAS_Q).contains(alias));
            assertFalse(a.ranked("g1", ALIAS_Q).contains(target));
            assertEquals(List.of(), a.search().communityEntries("g1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("hiding a bundled target leaves its alternate wording out; showing it again brings the wording back")
    void hideBundledTarget_aliasIsLeftOutUntilShownAgain(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String alias = added(a.bank().link("g1", "随机失活是什么意思", "b-1"));
            assertEquals(List.of(alias, "训练时随机丢弃神经元。", List.of("正则化")), answers(a, "g1", "随机失活是什么意思"));

            assertEquals(new CommunityBank.Change.Hidden("b-1"), a.bank().remove("g1", "b-1"));

            assertEquals(Optional.empty(), a.search().entry("g1", alias));
            assertFalse(a.ranked("g1", "随机失活是什么意思").contains(alias));
            assertEquals(Optional.empty(), a.search().entry("g2", alias));

            a.bank().unhide("g1", "b-1");
            assertEquals(List.of(alias, "训练时随机丢弃神经元。", List.of("正则化")), answers(a, "g1", "随机失活是什么意思"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a second process sees the target's edit and removal through the alternate wording after one poll")
    void secondProcess_seesTheEditThroughTheAlias(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh);
                Process a = Process.open(fresh.database(), BankLimits.defaults());
                Process b = Process.open(second, BankLimits.defaults())) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            String alias = added(a.bank().link("g1", ALIAS_Q, target));
            assertEquals(2, b.sync().poll());
            assertEquals(List.of(alias, "低秩适配。", List.of()), answers(b, "g1", ALIAS_Q));

            a.bank().edit("g1", target, TARGET_Q, "在冻结的权重旁训练两个低秩矩阵。", List.of("微调"));
            assertEquals(List.of(alias, "低秩适配。", List.of()), answers(b, "g1", ALIAS_Q), "not before b polls");
            assertEquals(2, b.sync().poll(), "the target and its alternate wording");
            assertEquals(List.of(alias, "在冻结的权重旁训练两个低秩矩阵。", List.of("微调")), answers(b, "g1", ALIAS_Q));

            a.bank().remove("g1", target);
            assertEquals(2, b.sync().poll());
            assertEquals(Optional.empty(), b.search().entry("g1", alias));
            assertEquals(List.of(), b.search().communityEntries("g1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a process that starts after the edit answers the alternate wording with the edited answer")
    void freshProcess_answersFromTheTargetAsItIsNow(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            String alias = added(a.bank().link("g1", ALIAS_Q, target));
            a.bank().edit("g1", target, TARGET_Q, "新的答案。", List.of());
            String onHidden = added(a.bank().link("g1", "随机失活是什么意思", "b-1"));
            a.bank().remove("g1", "b-1");
            try (Process b = Process.open(second, BankLimits.defaults())) {
                b.sync().poll();
                assertEquals(List.of(alias, "新的答案。", List.of()), answers(b, "g1", ALIAS_Q));
                assertEquals(Optional.empty(), b.search().entry("g1", onHidden));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("linking to an alternate wording points the new wording at the entry it answers from")
    void linkToAnAlias_pointsAtItsTarget(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            String alias = added(a.bank().link("g1", ALIAS_Q, target));
            String second = added(a.bank().link("g1", "LoRA的原理", alias));
            CommunityEntries store = new CommunityEntries(fresh.database());
            assertEquals(
                    Optional.of(target), store.entry("g1", second).orElseThrow().aliasOf());
            assertEquals(
                    Optional.of(target), store.entry("g1", alias).orElseThrow().aliasOf());
            assertEquals(
                    Optional.empty(), store.entry("g1", target).orElseThrow().aliasOf());
            a.bank().edit("g1", target, TARGET_Q, "新的答案。", List.of());
            assertEquals("新的答案。", a.search().entry("g1", second).orElseThrow().answer());
            assertEquals(new CommunityBank.Change.NotFound("c99"), a.bank().link("g1", "问", "c99"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an alternate wording stored as a copy (no target) keeps answering with its own answer")
    void legacyCopy_keepsItsOwnAnswer(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String copy = added(a.bank()
                    .addAll(
                            new CommunityEntries.Deck("g1", CommunityBank.ALIAS_DECK, "chat", ""),
                            List.of(new CommunityEntries.NewEntry("随机失活是什么意思", "旧的副本答案。", List.of("正则化"), 1))));
            a.bank().remove("g1", "b-1");
            assertEquals(List.of(copy, "旧的副本答案。", List.of("正则化")), answers(a, "g1", "随机失活是什么意思"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("after a bank reload an alternate wording follows its bundled target's new answer, and goes with it")
    void bundledReload_aliasFollowsOrGoes(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String alias = added(a.bank().link("g1", "随机失活是什么意思", "b-1"));
            List<QaEntry> base = CommunityBankTest.base().entries();
            QaEntry changed = new QaEntry(
                    "b-1",
                    "什么是dropout",
                    "以概率p把神经元输出置零。",
                    List.of(new SourceRef("b", 1, 1)),
                    List.of("正则化", "训练"),
                    List.of(),
                    List.of());
            a.search()
                    .reload(
                            new ContentBank(List.of(changed, base.get(1), base.get(2)), List.of(), "v2"),
                            IndexProgress.NONE);
            assertEquals(1, a.sync().refreshAliases());
            assertEquals(List.of(alias, "以概率p把神经元输出置零。", List.of("正则化", "训练")), answers(a, "g1", "随机失活是什么意思"));

            a.search().reload(new ContentBank(List.of(base.get(1), base.get(2)), List.of(), "v3"), IndexProgress.NONE);
            a.sync().refreshAliases();
            assertEquals(Optional.empty(), a.search().entry("g1", alias));
            assertFalse(a.ranked("g1", "随机失活是什么意思").contains(alias));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an edited alternate wording answers with its own new text, no longer with its target's")
    void editTheAlias_itBecomesItsOwnEntry(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults())) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            String alias = added(a.bank().link("g1", ALIAS_Q, target));
            assertEquals(
                    new CommunityBank.Change.Edited(alias),
                    a.bank().edit("g1", alias, ALIAS_Q, "它自己的答案。", List.of("自有")));
            assertEquals(List.of(alias, "它自己的答案。", List.of("自有")), answers(a, "g1", ALIAS_Q));
            a.bank().remove("g1", target);
            assertEquals(List.of(alias, "它自己的答案。", List.of("自有")), answers(a, "g1", ALIAS_Q));
            assertEquals(
                    Optional.empty(),
                    new CommunityEntries(fresh.database())
                            .entry("g1", alias)
                            .orElseThrow()
                            .aliasOf());
        }
    }

    private static final CommunityBank.Change FULL_AT_3 =
            new CommunityBank.Change.Rejected(CommunityBank.Rule.BANK_FULL, 3);

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an alternate wording whose target was removed or hidden does not count toward the entry limit")
    void goneTarget_aliasDoesNotCountTowardTheLimit(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults().withMaxEntries(3))) {
            CommunityEntries store = new CommunityEntries(fresh.database());
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            added(a.bank().link("g1", ALIAS_Q, target));
            added(a.bank().link("g1", "随机失活是什么意思", "b-1"));
            assertEquals(FULL_AT_3, a.bank().add("g1", "什么是知识蒸馏", "软标签训练小模型。", List.of()));

            assertEquals(new CommunityBank.Change.Removed(target), a.bank().remove("g1", target));
            assertEquals(1, store.count("g1", id -> true), "the wording of b-1 only");
            added(a.bank().add("g1", "什么是知识蒸馏", "软标签训练小模型。", List.of()));
            added(a.bank().add("g1", "什么是梯度裁剪", "把梯度的范数限制在阈值内。", List.of()));
            assertEquals(FULL_AT_3, a.bank().add("g1", "什么是学习率预热", "训练开始时逐步增大学习率。", List.of()));

            assertEquals(new CommunityBank.Change.Hidden("b-1"), a.bank().remove("g1", "b-1"));
            assertEquals(2, store.count("g1", id -> true));
            added(a.bank().add("g1", "什么是学习率预热", "训练开始时逐步增大学习率。", List.of()));
            assertEquals(FULL_AT_3, a.bank().link("g1", "梯度裁剪怎么做", "b-2"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "an alternate wording of a bundled entry that left the bundled bank does not count toward the entry limit")
    void bundledTargetLeftTheBank_aliasDoesNotCountTowardTheLimit(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults().withMaxEntries(3))) {
            added(a.bank().link("g1", "随机失活是什么意思", "b-1"));
            added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            added(a.bank().add("g1", "什么是知识蒸馏", "软标签训练小模型。", List.of()));
            assertEquals(FULL_AT_3, a.bank().add("g1", "什么是梯度裁剪", "把梯度的范数限制在阈值内。", List.of()));

            List<QaEntry> base = CommunityBankTest.base().entries();
            a.search().reload(new ContentBank(List.of(base.get(1), base.get(2)), List.of(), "v2"), IndexProgress.NONE);
            a.sync().refreshAliases();

            added(a.bank().add("g1", "什么是梯度裁剪", "把梯度的范数限制在阈值内。", List.of()));
            assertEquals(FULL_AT_3, a.bank().add("g1", "什么是学习率预热", "训练开始时逐步增大学习率。", List.of()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "once one process removes the target, another process's next add no longer counts its wording, before any poll")
    void targetRemovedByAnotherProcess_itsWordingIsNotCountedThere(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh);
                Process a = Process.open(fresh.database(), BankLimits.defaults().withMaxEntries(3));
                Process b = Process.open(second, BankLimits.defaults().withMaxEntries(3))) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            added(a.bank().link("g1", ALIAS_Q, target));
            added(a.bank().add("g1", "什么是知识蒸馏", "软标签训练小模型。", List.of()));
            b.sync().poll();
            assertEquals(FULL_AT_3, b.bank().add("g1", "什么是梯度裁剪", "把梯度的范数限制在阈值内。", List.of()));

            a.bank().remove("g1", target);
            added(b.bank().add("g1", "什么是梯度裁剪", "把梯度的范数限制在阈值内。", List.of()));
            added(b.bank().add("g1", "什么是学习率预热", "训练开始时逐步增大学习率。", List.of()));
            assertEquals(FULL_AT_3, a.bank().add("g1", "什么是混合精度训练", "用半精度计算、单精度保存权重。", List.of()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a deck import's limit check leaves out alternate wordings whose target is gone")
    void deckImport_goneTargetsWordingIsNotCounted(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process a = Process.open(fresh.database(), BankLimits.defaults().withMaxEntries(3))) {
            String target = added(a.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            added(a.bank().link("g1", ALIAS_Q, target));
            added(a.bank().link("g1", "随机失活是什么意思", "b-1"));
            a.bank().remove("g1", target);
            List<QaEntry> base = CommunityBankTest.base().entries();
            DeckImport importer = new DeckImport(
                    new CommunityEntries(fresh.database()),
                    () -> List.of(base.get(1), base.get(2)),
                    a.sync()::poll,
                    BankLimits.defaults().withMaxEntries(3),
                    CommunityBankTest.CLOCK);
            String csv = "question,answer\n什么是知识蒸馏,软标签训练小模型。\n什么是梯度裁剪,把梯度的范数限制在阈值内。\n" + "什么是学习率预热,训练开始时逐步增大学习率。\n";
            DeckImport.Report report = importer.run(
                    new DeckImport.Request(
                            "g1",
                            Optional.of("more"),
                            List.of(new DeckImport.Upload("more.csv", csv.getBytes(StandardCharsets.UTF_8))),
                            false,
                            "test",
                            ""),
                    DeckImport.Progress.NONE);
            assertEquals(new DeckImport.Report("more", 3, 0, List.of(), true), report);
        }
    }
}
