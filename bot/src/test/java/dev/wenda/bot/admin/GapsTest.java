package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.FixtureDecisions;
import dev.wenda.bot.ask.Gap;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.bot.store.UserData;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GapsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
    private static final Origin ORIGIN = new Origin(Platform.DISCORD, "g1", "c1", "u1", "Ann", Locale.CHINESE, false);

    static SearchService search() {
        ContentBank bank = new ContentBank(
                List.of(
                        new QaEntry(
                                "e1",
                                "解释感受野这一概念",
                                "感受野是输出上一点对应的输入区域。",
                                List.of(new SourceRef("bank", 1, 1)),
                                List.of("卷积"),
                                List.of(),
                                List.of()),
                        new QaEntry(
                                "e3",
                                "什么是dropout",
                                "训练时随机丢弃神经元。",
                                List.of(new SourceRef("bank", 3, 3)),
                                List.of("正则化"),
                                List.of(),
                                List.of())),
                List.of(),
                "gaps-test");
        return SearchService.open(
                bank,
                SearchConfig.defaults().withDense(false),
                Optional.empty(),
                IndexProgress.NONE,
                FixtureDecisions.coverageOnly());
    }

    @Test
    @DisplayName("no answer and 👎 are recorded as gaps with the normalized question and no user; an answer is not")
    void ask_recordsGaps_withoutUser() {
        List<Gap> gaps = new ArrayList<>();
        try (SearchService search = search()) {
            AskHandler handler = new AskHandler(
                    () -> search,
                    NumericAnswerer.NONE,
                    f -> {},
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    Metrics.none(),
                    System::nanoTime,
                    gaps::add);
            handler.handle(new ChatRequest.Ask(ORIGIN, "dropout 是什么"));
            handler.handle(new ChatRequest.Ask(ORIGIN, "今天天氣怎麼樣"));
            handler.handle(new ChatRequest.Click(ORIGIN, "feedback:down:e3"));
            handler.handle(new ChatRequest.Click(ORIGIN, "feedback:up:e3"));
        }
        assertEquals(
                List.of(
                        new Gap(Platform.DISCORD, "g1", "c1", "今天天气怎么样", Gap.Kind.NO_ANSWER, Optional.empty(), NOW),
                        new Gap(
                                Platform.DISCORD,
                                "g1",
                                "c1",
                                "什么是dropout",
                                Gap.Kind.THUMBS_DOWN,
                                Optional.of("e3"),
                                NOW)),
                gaps);
    }

    @Test
    @DisplayName("a no-answer reply shows admins the add command prefilled with the question; members do not see it")
    void noAnswer_showsAdminsTheAddCommand() {
        Origin admin = new Origin(Platform.CONSOLE, "g1", "c1", "u1", "Ann", Locale.ENGLISH, true);
        try (SearchService search = search()) {
            AskHandler handler = new AskHandler(
                    () -> search,
                    NumericAnswerer.NONE,
                    f -> {},
                    Clock.fixed(NOW, ZoneOffset.UTC),
                    Metrics.none(),
                    System::nanoTime,
                    g -> {});
            String forAdmin =
                    handler.handle(new ChatRequest.Ask(admin, "今天天气 | 怎么样")).markdown();
            assertTrue(
                    forAdmin.endsWith("Admins can add an answer to this community's bank: `add 今天天气 怎么样 | ANSWER`"
                            + " (after `/wenda` on Slack)."),
                    forAdmin);
            String forMember =
                    handler.handle(new ChatRequest.Ask(ORIGIN, "今天天气怎么样")).markdown();
            assertFalse(forMember.contains("add "), forMember);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("stored gaps are listed per community, newest first, and forget-user finds nothing of theirs there")
    void store_listsPerCommunity_andHoldsNoUser(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend)) {
            GapStore store = new GapStore(fresh.database());
            store.record("DISCORD", "g1", "c1", "lora是什么", "NO_ANSWER", Optional.empty(), NOW);
            store.record("DISCORD", "g2", "c9", "扩散模型", "DID_YOU_MEAN", Optional.empty(), NOW.plusSeconds(1));
            store.record("DISCORD", "g1", "c1", "什么是dropout", "THUMBS_DOWN", Optional.of("e3"), NOW.plusSeconds(2));
            assertEquals(
                    List.of(
                            new GapStore.Row("DISCORD", "g1", "c1", "什么是dropout", "THUMBS_DOWN", NOW.plusSeconds(2)),
                            new GapStore.Row("DISCORD", "g1", "c1", "lora是什么", "NO_ANSWER", NOW)),
                    store.recent(Optional.of("g1"), 10));
            assertEquals(3, store.recent(Optional.empty(), 10).size());
            new UserData(fresh.database()).forgetUser("DISCORD", Optional.empty(), "u1");
            assertEquals(3, store.recent(Optional.empty(), 10).size());
        }
    }
}
