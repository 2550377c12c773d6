package dev.wenda.bot.web;

import static dev.wenda.bot.web.WebFixture.rows;
import static dev.wenda.bot.web.WebFixture.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WebSiteTest {
    private static final String BOARDS = "/w/DISCORD/g1/boards";

    @ParameterizedTest
    @EnumSource(Backend.class)
    void boards_thisWeek_ranksPlayersAndMarksTheReader(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebResponse page = f.get(BOARDS, f.token(), "en");

            assertEquals(200, page.status());
            String html = page.text();
            assertTrue(html.contains("<h1>Server leaderboard: this week</h1>"), html);
            assertEquals(List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1"), rows(html));
            assertTrue(html.contains("<tr class=\"me\"><td class=\"num\">2</td>"), html);
            assertTrue(html.contains("Bob &lt;b&gt;&amp;"), html);
            assertFalse(html.contains("<b>&"), "a player's name is escaped");
            assertFalse(html.contains("u-alice") || html.contains("u-bob") || html.contains("eve"), html);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void boards_inChinese_fromAcceptLanguage(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebResponse page = f.site.handle(WebRequest.get(BOARDS, Map.of("t", f.token()), "zh-CN,zh;q=0.9,en;q=0.5"));

            String html = page.text();
            assertTrue(html.contains("<html lang=\"zh-CN\">"), html);
            assertTrue(html.contains("<h1>服务器排行榜：本周</h1>"), html);
            assertTrue(html.contains("<th class=\"num\">积分</th>"), html);
            assertTrue(html.contains(">English</a>"), html);
            assertTrue(html.contains("href=\"/w/DISCORD/g1/boards?t=" + f.token() + "&amp;lang=en\""), html);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void boards_nextMonthWeekBoard_isEmptyButMonthAndAllKeepTheRound(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            f.clock.advance(Duration.ofDays(6));

            assertEquals(List.of(), rows(f.get(BOARDS, f.token(), "en").text()));
            assertTrue(f.get(BOARDS, f.token(), "en").text().contains("No answers on this board yet."));
            WebResponse all =
                    f.site.handle(WebRequest.get(BOARDS, Map.of("t", f.token(), "lang", "en", "period", "all"), ""));
            assertEquals(List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1"), rows(all.text()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void player_ownPage_showsTotalsChartsReviewAndRecentRound(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String html = f.get("/w/DISCORD/g1/player/me", f.token(), "en").text();

            assertTrue(html.contains("<h1>alice</h1>"), html);
            assertTrue(html.contains("<p class=\"total\">1 of 2 graded answers right (50%)</p>"), html);
            assertTrue(html.contains("<svg class=\"chart bars\" role=\"img\""), html);
            assertTrue(html.contains(">50% (1/2)</text>"), html);
            assertTrue(html.contains("<title>Answers per day from 2026-01-18 to 2026-03-18: 2 in all</title>"), html);
            assertTrue(html.contains("<ul class=\"review\"><li>Why use residual connections?</li></ul>"), html);
            String text = text(html);
            assertTrue(
                    text.contains("Recent rounds Round of 2026-03-17 10:00 right Question 1 What does batch"
                            + " normalization normalize? wrong Question 2 Why use residual connections?"),
                    text);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void player_fromBoardLink_showsThatPlayerWithoutTheReadersReviewQueue(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String bob = f.signer.pseudonym("DISCORD", "g1", "u-bob");
            String html = f.get("/w/DISCORD/g1/player/" + bob, f.token(), "en").text();

            assertTrue(html.contains("<h1>Bob &lt;b&gt;&amp;</h1>"), html);
            assertTrue(html.contains("<p class=\"total\">2 of 2 graded answers right (100%)</p>"), html);
            assertFalse(html.contains("Review queue"), html);
            assertEquals(
                    404,
                    f.get("/w/DISCORD/g1/player/nobody12345678", f.token(), "en")
                            .status());
            String eve = f.signer.pseudonym("DISCORD", "g1", "u-eve");
            assertEquals(
                    404, f.get("/w/DISCORD/g1/player/" + eve, f.token(), "en").status());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void round_report_showsEachQuestionItsAnswerAndWhoAnsweredWhatWhen(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String html = f.get("/w/DISCORD/g1/round/r1", f.token(), "en").text();

            assertTrue(html.contains("<h1>Round report: 2026-03-17 10:00</h1>"), html);
            assertTrue(
                    html.contains("<p class=\"meta\">Started 2026-03-17 10:00 by alice; 2 questions, 30 seconds"
                            + " each</p>"),
                    html);
            assertTrue(html.contains("<p class=\"right\">Right answer: They ease gradient flow.</p>"), html);
            assertEquals(List.of("alice A 1.0 s right 10", "Bob <b>& A 2.5 s right 5"), rows(html));
            assertEquals(404, f.get("/w/DISCORD/g1/round/r2", f.token(), "en").status(), "g2's round");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void admin_mostDisliked_listsThisCommunitysVotesOnly(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String admin = f.signer.sign(f.grant("u-alice", Grant.Access.ADMIN));
            WebResponse page = f.get("/w/DISCORD/g1/admin/feedback", admin, "en");

            assertEquals(200, page.status());
            assertEquals(List.of("What does batch normalization normalize? 1 1 cnn#1"), rows(page.text()));
            WebResponse asUser = f.get("/w/DISCORD/g1/admin/feedback", f.token(), "en");
            assertEquals(403, asUser.status());
            assertTrue(
                    asUser.text()
                            .contains(
                                    "<p class=\"problem\">This page needs an admin link: an admin types /wenda web admin in chat.</p>"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void links_expiredTamperedOtherCommunityOrMissing_areRefusedWithAClearPage(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            String token = f.token();
            String tampered = token.substring(0, 5) + (token.charAt(5) == 'A' ? 'B' : 'A') + token.substring(6);

            assertRefused(
                    f.get(BOARDS, tampered, "en"),
                    403,
                    "This link is not valid: it was changed or cut short. Type /wenda web in chat for a new one.");
            assertRefused(f.get("/w/DISCORD/g2/boards", token, "en"), 403, "This link is for another community.");
            assertRefused(
                    f.site.handle(WebRequest.get(BOARDS, Map.of("lang", "en"), "")),
                    403,
                    "This page needs a link from the bot: type /wenda web in chat to get one.");
            f.clock.advance(Duration.ofDays(7));
            assertRefused(
                    f.get(BOARDS, token, "en"), 410, "This link has expired. Type /wenda web in chat for a new one.");
            assertRefused(f.get(BOARDS, token, "zh"), 410, "此链接已过期。在聊天中输入 /wenda web 获取新链接。");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void boards_badParametersAndUnknownGroup_areExplained(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebResponse bad =
                    f.site.handle(WebRequest.get(BOARDS, Map.of("t", f.token(), "lang", "en", "period", "year"), ""));
            assertRefused(bad, 400, "The address has a bad value for period: year");
            WebResponse group = f.site.handle(
                    WebRequest.get(BOARDS, Map.of("t", f.token(), "lang", "en", "scope", "group", "group", "rnn"), ""));
            assertRefused(group, 404, "There is no study group named rnn.");
            WebResponse cnn = f.site.handle(
                    WebRequest.get(BOARDS, Map.of("t", f.token(), "lang", "en", "scope", "group", "group", "CNN"), ""));
            assertEquals(List.of("1 alice you 10 50% 1 1"), rows(cnn.text()));
        }
    }

    private static void assertRefused(WebResponse response, int status, String message) {
        assertEquals(status, response.status(), response.text());
        assertTrue(response.text().contains("<p class=\"problem\">" + Html.escape(message) + "</p>"), response.text());
    }
}
