package dev.wenda.bot.web;

import static dev.wenda.bot.web.WebFixture.ROUND_START;
import static dev.wenda.bot.web.WebFixture.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BoardCacheTest {
    private static final List<String> BEFORE = List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1");
    /** After carol's answer to question 1 written by another process (not heard here). */
    private static final List<String> WITH_ELSEWHERE =
            List.of("1 Bob <b>& 15 100% 1 2", "2 alice you 10 50% 1 1", "3 carol 5 100% 1 1");

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;

    private WebSite site(WebFixture f, Duration expiry) {
        return new WebSite(
                WebData.of(
                        f.database(), () -> f.bank, f.search::get, f.clock, ZoneId.of("Asia/Shanghai"), expiry, ticker),
                f.signer);
    }

    private static List<String> board(WebSite site, WebFixture f, String period) {
        return rows(site.handle(WebRequest.get(
                        "/w/DISCORD/g1/boards", Map.of("t", f.token(), "lang", "en", "period", period), ""))
                .text());
    }

    /** An answer inserted behind this process's back, as another bot process would. */
    private static void answerElsewhere(Database db) {
        db.jdbc()
                .update(
                        "insert into answers (round_id, question_no, user_id, user_name, answer, graded, correct,"
                                + " first_correct, points, streak, topic, entry_id, answered_at)"
                                + " values ('r1', 1, 'u-carol', 'carol', 'A', true, true, false, 5, 1, 'cnn', 'e1', ?)",
                        ROUND_START + 5_000);
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_answerFromAnotherProcess_showsOnlyOnceTheBoardExpires(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "week"));

            answerElsewhere(db.database());
            advance(Duration.ofSeconds(29));
            assertEquals(BEFORE, board(site, f, "week"), "kept for 30 s");
            assertEquals(WITH_ELSEWHERE, board(site, f, "month"), "another period is another board");

            advance(Duration.ofSeconds(1));
            assertEquals(WITH_ELSEWHERE, board(site, f, "week"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_answerRecordedInTheCommunity_showsAtOnce(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "all"));

            QuizStore rounds = new QuizStore(db.database());
            WebFixture.answer(rounds, "r1", 1, "u-carol", "carol", true, 5_000);
            WebFixture.answer(rounds, "r1", 2, "u-carol", "carol", true, 35_000);

            assertEquals(
                    List.of("1 Bob <b>& 15 100% 1 2", "2 carol 10 100% 1 2", "3 alice you 10 50% 1 1"),
                    board(site, f, "all"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_roundEndedInTheCommunity_dropsItsBoards(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            QuizStore rounds = new QuizStore(db.database());
            WebFixture.round(rounds, "r3", "g1", "c1", ROUND_START + 3_600_000);
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "week"));

            answerElsewhere(db.database());
            assertEquals(BEFORE, board(site, f, "week"));
            rounds.endRound("r3", ROUND_START + 3_700_000);

            assertEquals(WITH_ELSEWHERE, board(site, f, "week"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void board_answerInAnotherCommunity_keepsThisCommunitysBoard(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            WebFixture f = new WebFixture(db.database());
            WebSite site = site(f, Duration.ofSeconds(30));
            assertEquals(BEFORE, board(site, f, "week"));

            answerElsewhere(db.database());
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

            answerElsewhere(db.database());

            assertEquals(WITH_ELSEWHERE, board(site, f, "week"));
        }
    }

    @Test
    void newCache_negativeExpiry_isRefused() {
        try (var db = TestDatabases.open(Backend.H2)) {
            IllegalArgumentException e = assertThrows(
                    IllegalArgumentException.class,
                    () -> new BoardCache(new Standings(db.database()), Duration.ofSeconds(-1), ticker));
            assertEquals("expiry must not be negative, was PT-1S", e.getMessage());
        }
    }
}
