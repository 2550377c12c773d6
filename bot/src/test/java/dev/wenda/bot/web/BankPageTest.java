package dev.wenda.bot.web;

import static dev.wenda.bot.web.WebFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.CommunityEdit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BankPageTest {
    @ParameterizedTest
    @EnumSource(Backend.class)
    void bank_browse_listsEveryEntryWithItsLink(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String html = f.get("/w/DISCORD/g1/bank", f.token(), "en").text();

            assertTrue(html.contains("<h1>Q&amp;A bank</h1>"), html);
            assertTrue(html.contains("<p class=\"meta\">3 entries</p>"), html);
            assertTrue(
                    html.contains("<li><a href=\"/w/DISCORD/g1/bank/e2?t=" + f.token()
                            + "&amp;lang=en\">Why use residual connections?</a></li>"),
                    html);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bank_search_goesThroughTheChatsSearchAndDecision(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String html = f.site.handle(WebRequest.get(
                            "/w/DISCORD/g1/bank",
                            Map.of("t", f.token(), "lang", "en", "q", "residual connections"),
                            ""))
                    .text();

            assertTrue(html.contains("<h1>Results for residual connections</h1>"), html);
            assertTrue(text(html).contains("Best answer Why use residual connections?"), text(html));
            String none = f.site.handle(WebRequest.get(
                            "/w/DISCORD/g1/bank", Map.of("t", f.token(), "lang", "en", "q", "<b>tea</b> recipes"), ""))
                    .text();
            assertTrue(none.contains("<h1>Results for &lt;b&gt;tea&lt;/b&gt; recipes</h1>"), none);
            assertTrue(none.contains("<p class=\"empty\">Nothing in the bank answers that well enough.</p>"), none);
            assertTrue(none.contains("value=\"&lt;b&gt;tea&lt;/b&gt; recipes\""), none);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bank_entry_showsMarkdownSourcesTagsRelatedAndThisCommunitysVotes(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String html = f.get("/w/DISCORD/g1/bank/e1", f.token(), "en").text();

            assertTrue(html.contains("<h1>What does batch normalization normalize?</h1>"), html);
            assertTrue(html.contains("<p class=\"votes\">👍 1 · 👎 1</p>"), html);
            assertTrue(html.contains("<div class=\"answer\"><p>Each feature over the batch.</p>\n</div>"), html);
            assertTrue(html.contains("<ul class=\"sources\"><li>cnn#1</li></ul>"), html);
            assertTrue(html.contains("<p class=\"tags\">cnn</p>"), html);
            assertTrue(text(html).contains("Related Why use residual connections?"), text(html));
            String e2 = f.get("/w/DISCORD/g1/bank/e2", f.token(), "en").text();
            assertTrue(e2.contains("<p>They ease <strong>gradient</strong> flow.</p>"), e2);
            assertTrue(e2.contains("<p class=\"votes\">👍 0 · 👎 0</p>"), "g2's 👎 on e2 does not count here");
            assertEquals(404, f.get("/w/DISCORD/g1/bank/e9", f.token(), "en").status());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bank_entryWithHtmlAndScriptLinks_isEscapedAndSanitized(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String html = f.get("/w/DISCORD/g1/bank/e3", f.token(), "en").text();

            assertTrue(html.contains("Random zeroing. &lt;script&gt;alert(1)&lt;/script&gt;"), html);
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("javascript:"), html);
            assertTrue(html.contains("<a rel=\"nofollow noopener noreferrer\" href=\"\">more</a>"), html);
            assertTrue(
                    html.contains("<a rel=\"nofollow noopener noreferrer\""
                            + " href=\"https://jmlr.org/papers/v15/srivastava14a.html\">paper</a>"),
                    html);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void bank_showsTheCommunitysOwnBank_itsEntriesIn_hiddenOnesOut_otherCommunitiesUntouched(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            f.search
                    .get()
                    .applyCommunity(
                            "g1",
                            new CommunityEdit(
                                    List.of(new QaEntry(
                                            "g1:own#1",
                                            "What is gradient accumulation?",
                                            "Summing gradients of several small batches before one update.",
                                            List.of(new SourceRef("g1:own", 1, 1)),
                                            List.of(),
                                            List.of(),
                                            List.of())),
                                    List.of(),
                                    List.of("e3"),
                                    List.of()));

            String g1 = f.get("/w/DISCORD/g1/bank", f.token(), "en").text();
            assertTrue(g1.contains("<p class=\"meta\">3 entries</p>"), g1);
            assertTrue(g1.contains(">What is gradient accumulation?</a></li>"), g1);
            assertEquals(404, f.get("/w/DISCORD/g1/bank/e3", f.token(), "en").status());
            assertEquals(
                    200, f.get("/w/DISCORD/g1/bank/g1:own%231", f.token(), "en").status());
            String found = f.site.handle(WebRequest.get(
                            "/w/DISCORD/g1/bank",
                            Map.of("t", f.token(), "lang", "en", "q", "gradient accumulation"),
                            ""))
                    .text();
            assertTrue(text(found).contains("What is gradient accumulation?"), text(found));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an entry of an imported deck shows its deck and licence under the answer, on one line, HTML-escaped")
    void bank_entryOfImportedDeck_showsDeckAndLicence(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            dev.wenda.bot.store.CommunityEntries store = new dev.wenda.bot.store.CommunityEntries(db.database());
            store.addAll(
                    new dev.wenda.bot.store.CommunityEntries.Deck(
                            "g1", "trivia", "https://example.com", "CC BY-SA 4.0 <b>bold</b>\nsecond line"),
                    List.of(new dev.wenda.bot.store.CommunityEntries.NewEntry(
                            "Which algorithm sends the error back through the layers?",
                            "Backpropagation",
                            List.of(),
                            1)),
                    new dev.wenda.bot.store.CommunityEntries.Limit(100, id -> true),
                    java.time.Instant.EPOCH);
            new dev.wenda.bot.admin.BankSync(store, f.search.get()).poll();
            String id =
                    store.entries("g1", java.util.Optional.empty()).getFirst().id();

            String html = f.get("/w/DISCORD/g1/bank/" + id, f.token(), "en").text();
            assertTrue(
                    html.contains(
                            "<p class=\"licence\">From deck trivia — licence: CC BY-SA 4.0 &lt;b&gt;bold&lt;/b&gt;"
                                    + " second line</p>"),
                    html);
            String zh = f.get("/w/DISCORD/g1/bank/" + id, f.token(), "zh").text();
            assertTrue(zh.contains("<p class=\"licence\">出自题组 trivia — 许可：CC BY-SA 4.0"), zh);
            assertFalse(f.get("/w/DISCORD/g1/bank/e1", f.token(), "en").text().contains("class=\"licence\""));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an alternate wording links to the entry it points at, whose page and votes its own id shows")
    void bank_alternateWording_linksToItsTarget(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            dev.wenda.bot.store.CommunityEntries store = new dev.wenda.bot.store.CommunityEntries(db.database());
            String alias = store.addAlias(
                            new dev.wenda.bot.store.CommunityEntries.Deck("g1", "aliases", "chat", ""),
                            new dev.wenda.bot.store.CommunityEntries.NewEntry(
                                    "Which statistics does batch normalization normalize with?",
                                    "Each feature over the batch.",
                                    List.of(),
                                    1),
                            "e1",
                            new dev.wenda.bot.store.CommunityEntries.Limit(100, id -> true),
                            java.time.Instant.EPOCH)
                    .orElseThrow();
            new dev.wenda.bot.admin.BankSync(store, f.search.get()).poll();
            String link = "<a href=\"/w/DISCORD/g1/bank/e1?t=" + f.token()
                    + "&amp;lang=en\">Which statistics does batch normalization normalize with?</a>";

            String found = f.site.handle(WebRequest.get(
                            "/w/DISCORD/g1/bank",
                            Map.of(
                                    "t",
                                    f.token(),
                                    "lang",
                                    "en",
                                    "q",
                                    "Which statistics does batch normalization normalize with?"),
                            ""))
                    .text();
            assertTrue(found.contains(link), found);
            assertFalse(found.contains("/bank/" + alias), found);
            String browse = f.get("/w/DISCORD/g1/bank", f.token(), "en").text();
            assertTrue(browse.contains("<li>" + link + "</li>"), browse);

            String page = f.get("/w/DISCORD/g1/bank/" + alias, f.token(), "en").text();
            assertTrue(page.contains("<h1>What does batch normalization normalize?</h1>"), page);
            assertTrue(page.contains("<p class=\"votes\">👍 1 · 👎 1</p>"), page);
            assertTrue(page.contains("<ul class=\"sources\"><li>cnn#1</li></ul>"), page);
        }
    }
}
