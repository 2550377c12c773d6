package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.GapSink;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.ask.QuestionLinks;
import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LinkQuestionTest {
    private static final Origin ADMIN = new Origin(Platform.CONSOLE, "g1", "c1", "u1", "Ann", Locale.ENGLISH, true);
    private static final Origin MEMBER = new Origin(Platform.DISCORD, "g1", "c1", "u2", "Bo", Locale.ENGLISH, false);
    private static final String ASKED = "神经元随机丢弃";

    @Test
    @DisplayName("an admin's did-you-mean has This-is-the-one buttons; a click links the asked wording to that entry")
    void thisIsTheOne_linksTheAskedWording() {
        try (TestDatabases.Fresh fresh = TestDatabases.open(Backend.H2);
                CommunityBankTest.Process p = CommunityBankTest.Process.open(fresh.database(), BankLimits.defaults())) {
            AtomicInteger tokens = new AtomicInteger();
            AskHandler handler = new AskHandler(
                    p::search,
                    NumericAnswerer.NONE,
                    f -> {},
                    Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC),
                    Metrics.none(),
                    System::nanoTime,
                    GapSink.NONE,
                    new QuestionLinks(() -> "t" + tokens.incrementAndGet()),
                    (community, question, entryId, texts) ->
                            BankChat.link(p.bank(), community, question, entryId, texts));
            Reply forAdmin = handler.handle(new ChatRequest.Ask(ADMIN, ASKED));
            List<String> links = forAdmin.actions().stream()
                    .map(Reply.Action::id)
                    .filter(id -> id.startsWith("bank:link:"))
                    .toList();
            assertEquals(
                    "bank:link:t1:b-1", links.getFirst(), forAdmin.actions().toString());
            assertEquals(
                    "This is the one: 1",
                    forAdmin.actions().stream()
                            .filter(a -> a.id().equals(links.getFirst()))
                            .findFirst()
                            .orElseThrow()
                            .label());
            Reply forMember = handler.handle(new ChatRequest.Ask(MEMBER, ASKED));
            assertEquals(
                    List.of(),
                    forMember.actions().stream()
                            .filter(a -> a.id().startsWith("bank:link:"))
                            .toList());

            assertEquals(
                    "Only an admin can change this community's bank or see its gaps.",
                    handler.handle(new ChatRequest.Click(MEMBER, links.getFirst()))
                            .markdown());
            assertEquals(List.of(), p.bank().entries("g1", Optional.empty()));

            String linked = handler.handle(new ChatRequest.Click(ADMIN, links.getFirst()))
                    .markdown();
            CommunityEntries.Row alias =
                    p.bank().entries("g1", Optional.empty()).getFirst();
            assertEquals("“" + ASKED + "” now answers with entry b-1 in this community.", linked);
            assertEquals(
                    List.of("aliases", ASKED, "训练时随机丢弃神经元。"), List.of(alias.deck(), alias.question(), alias.answer()));
            assertEquals(alias.id(), p.ranked("g1", ASKED).getFirst());
            assertEquals(
                    "This button has expired; ask the question again.",
                    handler.handle(new ChatRequest.Click(ADMIN, "bank:link:t99:b-1"))
                            .markdown());
        }
    }

    @Test
    @DisplayName("a link button id encodes and parses back; a malformed one is unknown")
    void linkActionId_roundTrips() {
        assertEquals(new ActionId.LinkQuestion("ab12", "000_x-3"), ActionId.parse("bank:link:ab12:000_x-3"));
        assertEquals("bank:link:ab12:000_x-3", new ActionId.LinkQuestion("ab12", "000_x-3").encode());
        assertEquals(new ActionId.Unknown("bank:link:nocolon"), ActionId.parse("bank:link:nocolon"));
    }
}
