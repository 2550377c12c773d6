package dev.wenda.bot.web;

import static dev.wenda.bot.web.WebFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import dev.wenda.bot.store.CommunitySettings;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WebLinksTest {
    private static final Origin ALICE =
            new Origin(Platform.DISCORD, "g1", "c1", "u-alice", "alice", Locale.ENGLISH, false);
    private static final Origin ADMIN =
            new Origin(Platform.DISCORD, "g1", "c1", "u-alice", "alice", Locale.SIMPLIFIED_CHINESE, true);

    @Test
    void webCommand_userLink_isPrivateSignedForThisUserAndOpensTheirBoards() {
        try (var db = TestDatabases.open(Backend.H2)) {
            WebFixture f = new WebFixture(db.database());
            WebLinks links = links(f);
            String token = f.signer.sign(f.grant("u-alice", Grant.Access.USER));

            Reply reply = links.handle(ok(TextCommand.parse(ALICE, "web")));

            assertTrue(reply.ephemeral());
            String url = "https://wenda.example.org/w/DISCORD/g1/boards?t=" + token + "&lang=en";
            assertEquals(
                    "Your study pages (a private link, valid until 2026-03-25 20:00; do not share it): " + url,
                    reply.markdown());
            URI uri = URI.create(url);
            WebResponse page = f.site.handle(WebRequest.get(uri.getPath(), WebServer.query(uri.getRawQuery()), ""));
            assertEquals(List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1"), rows(page.text()));
        }
    }

    @Test
    void webAdmin_forAnAdmin_opensTheAdminPage_andIsRefusedToOthers() {
        try (var db = TestDatabases.open(Backend.H2)) {
            WebFixture f = new WebFixture(db.database());
            WebLinks links = links(f);

            Reply refused = links.handle(ok(TextCommand.parse(ALICE, "web admin")));
            assertEquals(
                    "Only admins can get a link to the admin pages; `/wenda web` gives you your own.",
                    refused.markdown());

            Reply admin = links.handle(ok(TextCommand.parse(ADMIN, "web admin")));
            String token = f.signer.sign(f.grant("u-alice", Grant.Access.ADMIN));
            String url = "https://wenda.example.org/w/DISCORD/g1/admin/feedback?t=" + token + "&lang=zh";
            assertEquals("本服务器的管理页面（私人链接，有效期至 2026-03-25 20:00，请勿分享）：" + url, admin.markdown());
            URI uri = URI.create(url);
            WebResponse page = f.site.handle(WebRequest.get(uri.getPath(), WebServer.query(uri.getRawQuery()), ""));
            assertEquals(200, page.status());
            assertTrue(page.text().contains("<h1>👎 最多的条目</h1>"), page.text());
        }
    }

    @Test
    void textCommand_webWithAnythingButAdmin_isUsage() {
        assertEquals(new TextCommand.Parsed.Ok(new ChatRequest.WebLink(ALICE, false)), TextCommand.parse(ALICE, "web"));
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.WebLink(ALICE, true)), TextCommand.parse(ALICE, "web ADMIN"));
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.PublicBoards(ALICE, false)),
                TextCommand.parse(ALICE, "web public OFF"));
        assertEquals(
                new TextCommand.Parsed.Usage("Usage: web [admin] | web public on|off"),
                TextCommand.parse(ALICE, "web boards"));
        assertEquals(
                new TextCommand.Parsed.Usage("Usage: web [admin] | web public on|off"),
                TextCommand.parse(ALICE, "web public maybe"));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void webPublic_byAnAdmin_opensTheBoardsWithoutALink_andOffClosesThem(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebLinks links = links(f);
            WebRequest open = WebRequest.get("/w/DISCORD/g1/boards", Map.of("lang", "en"), "");
            assertEquals(403, f.site.handle(open).status(), "link-only by default");

            Reply refused = links.handle(ok(TextCommand.parse(ALICE, "web public on")));
            assertEquals("Only admins can choose whether the leaderboards are public.", refused.markdown());
            assertEquals(403, f.site.handle(open).status());

            Origin admin = new Origin(Platform.DISCORD, "g1", "c1", "u-alice", "alice", Locale.ENGLISH, true);
            Reply on = links.handle(ok(TextCommand.parse(admin, "web public on")));
            assertEquals(
                    "This server's leaderboards are now public: anyone with the address can read them, no link"
                            + " needed: https://wenda.example.org/w/DISCORD/g1/boards?lang=en",
                    on.markdown());
            WebResponse page = f.site.handle(open);
            assertEquals(200, page.status());
            assertEquals(List.of("1 Bob <b>& 15 100% 1 2", "2 alice 10 50% 1 1"), rows(page.text()));
            assertTrue(!page.text().contains("/player/") && !page.text().contains("class=\"me\""), page.text());
            assertEquals(
                    403,
                    f.site.handle(WebRequest.get("/w/DISCORD/g1/boards", Map.of("lang", "en", "scope", "channel"), ""))
                            .status());
            assertEquals(
                    403,
                    f.site.handle(WebRequest.get("/w/DISCORD/g2/boards", Map.of(), ""))
                            .status());
            assertEquals(
                    403,
                    f.site.handle(WebRequest.get("/w/DISCORD/g1/player/me", Map.of(), ""))
                            .status());

            Reply off = links.handle(ok(TextCommand.parse(admin, "web public off")));
            assertEquals("This server's leaderboards need a link from `/wenda web` again.", off.markdown());
            assertEquals(403, f.site.handle(open).status());
        }
    }

    private static WebLinks links(WebFixture f) {
        return new WebLinks(
                f.signer,
                "https://wenda.example.org",
                Duration.ofDays(7),
                f.clock,
                ZoneId.of("Asia/Shanghai"),
                new CommunitySettings(f.database()));
    }

    private static ChatRequest ok(TextCommand.Parsed parsed) {
        return ((TextCommand.Parsed.Ok) parsed).request();
    }
}
