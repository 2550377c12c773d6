package dev.wenda.bot.web;

import static dev.wenda.bot.web.WebFixture.NOW;
import static dev.wenda.bot.web.WebFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GapsPageTest {
    private static final String GAPS = "/w/DISCORD/g1/admin/gaps";

    private static void gap(GapStore gaps, String platform, String community, String question, String decision, int n) {
        for (int i = 0; i < n; i++) {
            gaps.record(platform, community, "c1", question, decision, Optional.empty(), NOW.minusSeconds(i));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void gaps_groupedByMeaning_largestFirstWithCountsAndBankSearchLinks(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            GapStore gaps = new GapStore(db.database());
            gap(gaps, "DISCORD", "g1", "lora 微调是什么", "NO_ANSWER", 3);
            gap(gaps, "DISCORD", "g1", "什么是lora微调", "DID_YOU_MEAN", 2);
            gap(gaps, "DISCORD", "g1", "lora微调的原理", "NO_ANSWER", 1);
            gap(gaps, "DISCORD", "g1", "今天食堂吃什么", "THUMBS_DOWN", 1);
            gap(gaps, "DISCORD", "g1", "扩散模型怎么采样", "DID_YOU_MEAN", 2);
            gap(gaps, "DISCORD", "g2", "another guild's question", "NO_ANSWER", 4);
            gap(gaps, "SLACK", "g1", "a Slack team with the same id", "NO_ANSWER", 4);
            String admin = f.signer.sign(f.grant("u-alice", Grant.Access.ADMIN));

            WebResponse page = f.get(GAPS, admin, "en");

            assertEquals(200, page.status());
            String html = page.text();
            assertTrue(html.contains("<h1>Knowledge gaps</h1>"), html);
            assertTrue(
                    html.contains("<p>9 questions the bank answered badly, in 3 groups by meaning, largest first."
                            + " Each example searches the bank.</p>"),
                    html);
            assertEquals(
                    List.of(
                            "6 lora 微调是什么 什么是lora微调 lora微调的原理 did you mean 2, no answer 4",
                            "2 扩散模型怎么采样 did you mean 2",
                            "1 今天食堂吃什么 👎 1"),
                    rows(html));
            assertTrue(
                    html.contains(
                            "<li><a href=\"/w/DISCORD/g1/bank?q=lora+%E5%BE%AE%E8%B0%83%E6%98%AF%E4%BB%80%E4%B9%88&amp;t="
                                    + admin + "&amp;lang=en\">lora 微调是什么</a></li>"),
                    html);
            assertTrue(html.contains(">Knowledge gaps</a>"), "admins get the page in the menu: " + html);

            String zh = f.get(GAPS, admin, "zh").text();
            assertEquals(
                    List.of(
                            "6 lora 微调是什么 什么是lora微调 lora微调的原理 “您是不是想问” 2，无答案 4",
                            "2 扩散模型怎么采样 “您是不是想问” 2",
                            "1 今天食堂吃什么 👎 1"),
                    rows(zh));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void gaps_none_saysSoAndUserLinksAreRefused(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            gap(new GapStore(db.database()), "DISCORD", "g2", "another guild's question", "NO_ANSWER", 1);
            String admin = f.signer.sign(f.grant("u-alice", Grant.Access.ADMIN));

            String html = f.get(GAPS, admin, "en").text();

            assertTrue(html.contains("<p class=\"empty\">No knowledge gaps yet.</p>"), html);
            WebResponse asUser = f.get(GAPS, f.token(), "en");
            assertEquals(403, asUser.status());
            assertTrue(
                    asUser.text()
                            .contains(
                                    "<p class=\"problem\">This page needs an admin link: an admin types /wenda web admin in chat.</p>"));
        }
    }
}
