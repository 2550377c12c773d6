package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.wenda.bot.admin.CommunityBankTest.Process;
import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.Gap;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.ask.QuestionLinks;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.search.SearchOutcome;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A reply answered through an alternate wording cites the entry it points at, down to the stored feedback. */
class AliasCitationTest {
    private static final Origin MEMBER = new Origin(Platform.DISCORD, "g1", "c1", "u2", "Bo", Locale.ENGLISH, false);
    private static final Origin OTHER = new Origin(Platform.DISCORD, "g1", "c1", "u3", "Cy", Locale.ENGLISH, false);
    private static final String TARGET_Q = "什么是LoRA微调";
    private static final String ALIAS_Q = "低秩适配器是怎么训练的";

    private static String added(CommunityBank.Change change) {
        return assertInstanceOf(CommunityBank.Change.Added.class, change).ids().getFirst();
    }

    private record Flow(AskHandler handler, FeedbackStore feedback, List<Gap> gaps) {}

    private static Flow flow(Process p) {
        FeedbackStore feedback = new FeedbackStore(p.db());
        List<Gap> gaps = new CopyOnWriteArrayList<>();
        AskHandler handler = new AskHandler(
                p::search,
                NumericAnswerer.NONE,
                f -> feedback.record(f.platform().name(), f.community(), f.user(), f.entryId(), f.helpful(), f.at()),
                CommunityBankTest.CLOCK,
                Metrics.none(),
                System::nanoTime,
                gaps::add,
                new QuestionLinks(() -> "t1"),
                (community, question, entryId, texts) -> "");
        return new Flow(handler, feedback, gaps);
    }

    private static List<String> ids(Reply reply, String prefix) {
        return reply.actions().stream()
                .map(Reply.Action::id)
                .filter(id -> id.startsWith(prefix))
                .toList();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "asking an alternate wording shows its target entry, whose id the feedback buttons carry and the store keeps")
    void askTheWording_replyAndFeedbackCiteTheTarget(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process p = Process.openDecidingByCoverage(fresh.database(), BankLimits.defaults())) {
            String target = added(p.bank().add("g1", TARGET_Q, "低秩适配。", List.of("微调")));
            String alias = added(p.bank().link("g1", ALIAS_Q, target));
            assertEquals(
                    alias,
                    assertInstanceOf(SearchOutcome.Answer.class, p.search().search("g1", ALIAS_Q))
                            .best()
                            .entry()
                            .id());
            Flow flow = flow(p);

            Reply reply = flow.handler().handle(new ChatRequest.Ask(MEMBER, ALIAS_Q));

            assertEquals(TARGET_Q, reply.title());
            assertEquals("低秩适配。", reply.markdown());
            assertEquals("Source: chat#1", reply.footer());
            assertEquals(List.of("feedback:up:" + target, "feedback:down:" + target), ids(reply, "feedback:"));
            assertEquals(
                    List.of(),
                    ids(reply, "ask:entry:").stream()
                            .filter(id -> id.equals("ask:entry:" + target) || id.equals("ask:entry:" + alias))
                            .toList(),
                    "the shown entry is not offered again as related");

            flow.handler().handle(new ChatRequest.Click(MEMBER, "feedback:up:" + target));
            flow.handler().handle(new ChatRequest.Click(OTHER, "feedback:down:" + target));
            assertEquals(
                    List.of(new FeedbackStore.EntryFeedback(target, 1, 1)),
                    flow.feedback().summary(10));
            assertEquals(
                    List.of(Optional.of(target)),
                    flow.gaps().stream().map(Gap::entryId).toList());
            assertEquals(
                    List.of("什么是lora微调"),
                    flow.gaps().stream().map(Gap::question).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a button that names the alternate wording shows and records its target instead")
    void buttonNamingTheWording_showsAndRecordsTheTarget(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process p = Process.openDecidingByCoverage(fresh.database(), BankLimits.defaults())) {
            String target = added(p.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            String alias = added(p.bank().link("g1", ALIAS_Q, target));
            String onBundled = added(p.bank().link("g1", "随机失活是什么意思", "b-1"));
            Flow flow = flow(p);

            Reply shown = flow.handler().handle(new ChatRequest.Click(MEMBER, "ask:entry:" + alias));
            assertEquals(TARGET_Q, shown.title());
            assertEquals(List.of("feedback:up:" + target, "feedback:down:" + target), ids(shown, "feedback:"));
            Reply bundled = flow.handler().handle(new ChatRequest.Click(MEMBER, "ask:entry:" + onBundled));
            assertEquals("什么是dropout", bundled.title());
            assertEquals(List.of("feedback:up:b-1", "feedback:down:b-1"), ids(bundled, "feedback:"));

            flow.handler().handle(new ChatRequest.Click(MEMBER, "feedback:down:" + alias));
            flow.handler().handle(new ChatRequest.Click(MEMBER, "feedback:up:" + onBundled));
            assertEquals(
                    List.of(
                            new FeedbackStore.EntryFeedback(target, 0, 1),
                            new FeedbackStore.EntryFeedback("b-1", 1, 0)),
                    flow.feedback().summary(10));
            assertEquals(
                    List.of(Optional.of(target)),
                    flow.gaps().stream().map(Gap::entryId).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a did-you-mean that finds an alternate wording and its target offers the target once, by its id")
    void didYouMean_offersTheTargetOnceByItsId(Backend backend) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(backend);
                Process p = Process.open(fresh.database(), BankLimits.defaults())) {
            String target = added(p.bank().add("g1", TARGET_Q, "低秩适配。", List.of()));
            String alias = added(p.bank().link("g1", ALIAS_Q, target));
            assertEquals(
                    List.of(alias, target),
                    assertInstanceOf(SearchOutcome.Candidates.class, p.search().search("g1", "低秩适配器"))
                            .candidates()
                            .stream()
                            .map(h -> h.entry().id())
                            .toList());
            Origin admin = new Origin(Platform.CONSOLE, "g1", "c1", "u1", "Ann", Locale.ENGLISH, true);

            Reply reply = flow(p).handler().handle(new ChatRequest.Ask(admin, "低秩适配器"));

            assertEquals(List.of("ask:entry:" + target), ids(reply, "ask:entry:"));
            assertEquals(List.of("bank:link:t1:" + target), ids(reply, "bank:link:"));
            assertEquals(
                    List.of("1. " + ALIAS_Q), reply.markdown().lines().skip(2).toList(), reply.markdown());
        }
    }
}
