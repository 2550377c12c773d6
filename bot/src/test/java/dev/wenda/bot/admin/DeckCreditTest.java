package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.DeckCredits;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeckCreditTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Origin EN = new Origin(Platform.SLACK, "g1", "C", "u1", "Bo", Locale.ENGLISH, false);
    private static final Origin ZH = new Origin(Platform.DISCORD, "g1", "c", "u2", "Ann", Locale.CHINESE, false);

    private static String show(AskHandler handler, Origin who, String id) {
        return handler.handle(new ChatRequest.Click(who, new ActionId.ShowEntry(id).encode()))
                .markdown();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "an entry of an imported deck is cited with its deck and licence; entries added in chat and bundled ones"
                    + " are not; a deck without a licence says so")
    void citedEntry_showsDeckAndLicence(Backend backend) {
        try (TestDatabases.Fresh db = TestDatabases.open(backend);
                CommunityBankTest.Process p = CommunityBankTest.Process.open(db.database(), BankLimits.defaults())) {
            CommunityEntries store = new CommunityEntries(db.database());
            DeckImport importer = new DeckImport(store, List::of, p.sync()::poll, BankLimits.defaults(), CLOCK);
            importer.run(
                    new DeckImport.Request(
                            "g1",
                            Optional.of("trivia"),
                            List.of(new DeckImport.Upload(
                                    "trivia.yaml", "什么算法把误差传回各层?: [反向传播, BP]\n".getBytes(StandardCharsets.UTF_8))),
                            false,
                            "https://example.com/trivia",
                            "CC BY-SA 4.0"),
                    DeckImport.Progress.NONE);
            importer.run(
                    new DeckImport.Request(
                            "g1",
                            Optional.of("notes"),
                            List.of(new DeckImport.Upload(
                                    "notes.csv", "什么是过拟合,训练集好、新数据差\n".getBytes(StandardCharsets.UTF_8))),
                            false,
                            "",
                            ""),
                    DeckImport.Progress.NONE);
            p.bank().add("g1", "什么是LoRA微调", "在冻结的权重旁训练两个低秩矩阵。", List.of());
            List<CommunityEntries.Row> rows = store.entries("g1", Optional.empty());
            AskHandler handler = new AskHandler(
                    p::search,
                    NumericAnswerer.NONE,
                    feedback -> {},
                    CLOCK,
                    dev.wenda.bot.ops.Metrics.none(),
                    System::nanoTime,
                    dev.wenda.bot.ask.GapSink.NONE,
                    new dev.wenda.bot.ask.QuestionLinks(dev.wenda.bot.ask.QuestionLinks.randomTokens()),
                    dev.wenda.bot.ask.QuestionLinker.NONE,
                    dev.wenda.bot.ask.BankDrafts.inMemory(
                            dev.wenda.bot.ask.QuestionLinks.randomTokens(),
                            com.github.benmanes.caffeine.cache.Ticker.systemTicker()),
                    new StoredDeckCredits(() -> store, CLOCK));

            assertEquals(
                    "反向传播\n\nFrom deck trivia — licence: CC BY\\-SA 4\\.0",
                    show(handler, EN, rows.get(0).id()));
            assertEquals(
                    "反向传播\n\n出自题组 trivia — 许可：CC BY\\-SA 4\\.0",
                    show(handler, ZH, rows.get(0).id()));
            assertEquals(
                    "训练集好、新数据差\n\nFrom deck notes — no licence given",
                    show(handler, EN, rows.get(1).id()));
            assertEquals("在冻结的权重旁训练两个低秩矩阵。", show(handler, EN, rows.get(2).id()));
            assertEquals("训练时随机丢弃神经元。", show(handler, EN, "b-1"));
            // An alternate wording of the trivia entry is credited like the entry it points at.
            p.bank().link("g1", "误差反传用的是什么算法", rows.get(0).id());
            String alias = store.entries("g1", Optional.of(CommunityBank.ALIAS_DECK))
                    .getFirst()
                    .id();
            assertEquals("反向传播\n\nFrom deck trivia — licence: CC BY\\-SA 4\\.0", show(handler, EN, alias));
            assertEquals(
                    Optional.empty(),
                    new StoredDeckCredits(() -> store, CLOCK)
                            .of("g2", p.search().entry("g1", rows.get(0).id()).orElseThrow()));
            assertEquals(
                    Optional.of(new DeckCredits.Credit("trivia", "CC BY-SA 4.0")),
                    new StoredDeckCredits(() -> store, CLOCK)
                            .of("g1", p.search().entry("g1", rows.get(0).id()).orElseThrow()));
        }
    }
}
