package dev.wenda.bot.web;

import static dev.wenda.bot.web.WebFixture.ROUND_START;
import static dev.wenda.bot.web.WebFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.store.BoardVersions;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BoardCacheTest {
    private static final List<String> BEFORE = List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1");
    /** After carol's totals for question 1 written without bumping the community's board version. */
    private static final List<String> WITH_UNANNOUNCED =
            List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1", "3 carol 5 100% 1 1");
    /** After carol answered both questions of r1. */
    private static final List<String> WITH_CAROL =
            List.of("1 Bob <b>& 15 100% 1 2", "2 carol 10 100% 1 2", "3 alice you 10 50% 1 1");

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    private WebSite site(WebFixture f, Duration expiry) {
        return new WebSite(
                WebData.of(
                        f.database(), () -> f.bank, f.search::get, f.clock, ZoneId.of("Asia/Shanghai"), expiry, ticker),
                f.signer);
    }

    private static List<String> board(WebSite site, WebFixture f, String period) {
        return board(site, f, Map.of("t", f.token(), "lang", "en", "period", period));
    }

    private static List<String> board(WebSite site, WebFixture f, Map<String, String> params) {
        return rows(
                site.handle(WebRequest.get("/w/DISCORD/g1/boards", params, "")).text());
    }

    private static List<String> groupBoard(WebSite site, WebFixture f) {
        return board(site, f, Map.of("t", f.token(), "lang", "en", "scope", "group", "group", "cnn"));
    }

    /** A change to the boards' totals that no board version announces (not something the store does). */
    private static void unannouncedChange(Database db) {
        db.jdbc()
                .update(
                        "insert into board_totals (round_id, user_id, platform, community, channel, first_at, last_at,"
                                + " answers, correct, points, best_streak, user_name)"
                                + " values ('r1', 'u-carol', 'DISCORD', 'g1', 'c1', ?, ?, 1, 1, 5, 1, 'carol')",
                        ROUND_START + 5_000,
                        ROUND_START + 5_000);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_unannouncedChange_showsOnlyOnceTheBoardExpires(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "week"));

            unannouncedChange(db.database());
            advance(Duration.ofSeconds(29));
            assertEquals(BEFORE, board(site, f, "week"), "kept for 30 s");
            assertEquals(WITH_UNANNOUNCED, board(site, f, "month"), "another period is another board");

            advance(Duration.ofSeconds(1));
            assertEquals(WITH_UNANNOUNCED, board(site, f, "week"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_answerRecordedInThisProcess_showsAtOnce(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "all"));

            QuizStore rounds = new QuizStore(db.database());
            WebFixture.answer(rounds, "r1", 1, "u-carol", "carol", true, 5_000);
            WebFixture.answer(rounds, "r1", 2, "u-carol", "carol", true, 35_000);

            assertEquals(WITH_CAROL, board(site, f, "all"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_answerRecordedByAnotherProcess_showsAtOnce(Backend backend) {
        try (var db = TestDatabases.open(backend);
                Database other = TestDatabases.reopen(db)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "week"));

            QuizStore elsewhere = new QuizStore(other);
            WebFixture.answer(elsewhere, "r1", 1, "u-carol", "carol", true, 5_000);
            WebFixture.answer(elsewhere, "r1", 2, "u-carol", "carol", true, 35_000);

            assertEquals(WITH_CAROL, board(site, f, "week"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void groupBoard_membersChangedByAnotherProcess_showsAtOnce(Backend backend) {
        try (var db = TestDatabases.open(backend);
                Database other = TestDatabases.reopen(db)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(List.of("1 alice you 10 50% 1 1"), groupBoard(site, f));

            StudyGroups groups = new StudyGroups(other);
            assertTrue(groups.join("DISCORD", "g1", "cnn", "u-bob", ROUND_START));
            assertEquals(BEFORE, groupBoard(site, f), "bob joined");

            assertTrue(groups.leave("DISCORD", "g1", "cnn", "u-alice"));
            assertEquals(List.of("1 Bob <b>& 15 100% 1 2"), groupBoard(site, f), "alice left");

            assertEquals(Optional.of(1), groups.delete("DISCORD", "g1", "cnn"));
            assertEquals(List.of(), groupBoard(site, f), "the group is gone");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_answerInAnotherCommunity_keepsThisCommunitysBoard(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "week"));

            unannouncedChange(db.database());
            WebFixture.answer(new QuizStore(db.database()), "r2", 2, "u-eve", "eve", true, 35_000);

            assertEquals(BEFORE, board(site, f, "week"), "g2's answer leaves g1's board cached");
        }
    }

    @Test
    void board_zeroExpiry_readsTheDatabaseEveryTime() {
        try (var db = TestDatabases.open(Backend.H2)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ZERO);
            assertEquals(BEFORE, board(site, f, "week"));

            unannouncedChange(db.database());

            assertEquals(WITH_UNANNOUNCED, board(site, f, "week"));
        }
    }

    @Test
    void newCache_negativeExpiry_isRefused() {
        try (var db = TestDatabases.open(Backend.H2)) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> new BoardCache(
                            new Standings(db.database()),
                            new BoardVersions(db.database()),
                            Duration.ofSeconds(-1),
                            ticker));
            assertEquals("expiry must not be negative, was PT-1S", e.getMessage());
        }
    }
}
