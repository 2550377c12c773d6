package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatRequest.GroupAction;
import dev.wenda.bot.chat.ChatRequest.Period;
import dev.wenda.bot.chat.ChatRequest.Scope;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.Season;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BoardsAndReviewTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");
    private static final Origin CAROL =
            new Origin(Platform.CONSOLE, "console", "other", "u-carol", "carol", Locale.ENGLISH, false);

    /** Plays a choice round; each player answers 5 s in, right when the map says so. */
    private static void playRound(Harness h, Origin starter, int count, Map<Origin, Boolean> answers) {
        h.start(starter, "", count, 30, "choice");
        String id = h.round(starter).id();
        for (int no = 1; no <= count; no++) {
            h.advance(Duration.ofSeconds(5));
            for (var answer : answers.entrySet()) {
                h.click(answer.getKey(), h.option(id, no, answer.getValue()));
            }
            h.advance(Duration.ofSeconds(25));
        }
    }

    private static Reply board(QuizService quiz, Origin who, Scope scope, Period period, String group) {
        return quiz.handle(new ChatRequest.Leaderboard(who, scope, period, Optional.ofNullable(group)));
    }

    private static QuizService service(Harness h) {
        return h.service();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("boards per server, channel and group show rank, points, accuracy, rounds and best streak")
    void leaderboards_byScope(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            Harness h = Harness.on(db.database(), Fixtures.bank(40));
            QuizService quiz = service(h);
            playRound(h, ALICE, 2, Map.of(ALICE, true, BOB, false));
            playRound(h, CAROL, 1, Map.of(CAROL, true));
            assertEquals(
                    "```\n#  player  points  accuracy  rounds  best streak\n"
                            + "1  alice      332      100%       1            2\n"
                            + "2  carol      161      100%       1            1\n"
                            + "3  bob          0        0%       1            0\n```",
                    board(quiz, ALICE, Scope.SERVER, Period.WEEK, null).markdown());
            assertEquals(
                    "Leaderboard · this week · server",
                    board(quiz, ALICE, Scope.SERVER, Period.WEEK, null).title());
            assertEquals(
                    "```\n#  player  points  accuracy  rounds  best streak\n"
                            + "1  carol      161      100%       1            1\n```",
                    board(quiz, CAROL, Scope.CHANNEL, Period.WEEK, null).markdown());

            assertEquals(
                    "bob created the study group night and joined it.",
                    quiz.handle(new ChatRequest.Group(BOB, GroupAction.CREATE, Optional.of("Night")))
                            .markdown());
            assertEquals(
                    "You joined night.",
                    quiz.handle(new ChatRequest.Group(CAROL, GroupAction.JOIN, Optional.of("night")))
                            .markdown());
            assertEquals(
                    "You are already in night.",
                    quiz.handle(new ChatRequest.Group(CAROL, GroupAction.JOIN, Optional.of("night")))
                            .markdown());
            assertEquals(
                    "```\n#  player  points  accuracy  rounds  best streak\n"
                            + "1  carol      161      100%       1            1\n"
                            + "2  bob          0        0%       1            0\n```",
                    board(quiz, ALICE, Scope.GROUP, Period.ALL, "night").markdown());
            assertEquals(
                    "There is no study group named day.",
                    board(quiz, ALICE, Scope.GROUP, Period.ALL, "day").markdown());
            quiz.handle(new ChatRequest.Group(ALICE, GroupAction.CREATE, Optional.of("day")));
            assertEquals(
                    "```\ngroup  members  you\nday          1  yes\nnight        2\n```",
                    quiz.handle(new ChatRequest.Group(ALICE, GroupAction.LIST, Optional.empty()))
                            .markdown());
            assertEquals(
                    "You left night.",
                    quiz.handle(new ChatRequest.Group(CAROL, GroupAction.LEAVE, Optional.of("night")))
                            .markdown());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("week and month boards follow the zone's calendar; a reset archives the season instead of deleting")
    void periodsAndReset(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            Harness h = Harness.on(db.database(), Fixtures.bank(40));
            QuizService quiz = service(h);
            playRound(h, ALICE, 1, Map.of(ALICE, true));
            h.clock.advance(Duration.ofDays(8));
            assertEquals(
                    "No points in this period yet.",
                    board(quiz, ALICE, Scope.SERVER, Period.WEEK, null).markdown());
            assertTrue(board(quiz, ALICE, Scope.SERVER, Period.MONTH, null)
                    .markdown()
                    .contains("alice      161"));

            assertEquals(
                    "Only an admin can reset a leaderboard.",
                    quiz.handle(new ChatRequest.ResetBoard(BOB, Scope.SERVER, Optional.empty()))
                            .markdown());
            Origin admin = Fixtures.admin("root");
            assertEquals(
                    "root reset the server board; the season … – 2026-03-10 09:00 is archived.",
                    quiz.handle(new ChatRequest.ResetBoard(admin, Scope.SERVER, Optional.empty()))
                            .markdown());
            assertEquals(
                    "No points in this period yet.",
                    board(quiz, ALICE, Scope.SERVER, Period.ALL, null).markdown());
            List<Season> seasons = h.seasons.list("CONSOLE", "console", "SERVER", "");
            assertEquals(1, seasons.size());
            assertEquals("u-root", seasons.getFirst().resetBy());
            // the answers stay: the channel board was not reset
            assertTrue(board(quiz, ALICE, Scope.CHANNEL, Period.ALL, null)
                    .markdown()
                    .contains("alice      161"));

            playRound(h, BOB, 1, Map.of(BOB, true));
            Reply after = board(quiz, ALICE, Scope.SERVER, Period.ALL, null);
            assertTrue(after.markdown().contains("1  bob        161"), after.markdown());
            assertTrue(after.markdown().endsWith("This board was reset on 2026-03-10 09:00."), after.markdown());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("me shows accuracy by topic; review brings back missed entries after 1, 3 and 7 days")
    void meAndSpacedReview(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            Harness h = Harness.on(db.database(), Fixtures.bank(40));
            QuizService quiz = service(h);
            playRound(h, ALICE, 1, Map.of(BOB, false));
            String missed = h.store
                    .answers(h.events(QuizEvent.RoundStarted.class).getFirst().roundId(), 1)
                    .getFirst()
                    .entryId();
            Reply me = quiz.handle(new ChatRequest.Me(BOB));
            assertTrue(me.markdown().startsWith("Overall: 0/1 (0%)"), me.markdown());
            assertTrue(me.ephemeral());

            assertEquals(
                    "Review started: 1 question.",
                    quiz.handle(new ChatRequest.Review(BOB)).markdown());
            String reviewId =
                    h.store.activeRound(QuizEngine.reviewKey(BOB)).orElseThrow().id();
            assertEquals(missed, h.question(reviewId, 1).entryId());
            assertEquals(
                    "This is bob's review.",
                    h.click(ALICE, h.option(reviewId, 1, true)).markdown());
            h.click(BOB, h.option(reviewId, 1, true)); // personal: revealed and ended at once
            assertTrue(h.store.activeRound(QuizEngine.reviewKey(BOB)).isEmpty());
            long day = Duration.ofDays(1).toMillis();
            assertEquals(OptionalLong.of(h.clock.millis() + day), h.reviews.nextDue("CONSOLE", "console", "u-bob"));
            assertEquals(
                    "Nothing due now; the next item is due in about 24 h.",
                    quiz.handle(new ChatRequest.Review(BOB)).markdown());

            for (long wait : new long[] {1, 3}) {
                h.clock.advance(Duration.ofDays(wait));
                quiz.handle(new ChatRequest.Review(BOB));
                String id = h.store
                        .activeRound(QuizEngine.reviewKey(BOB))
                        .orElseThrow()
                        .id();
                h.click(BOB, h.option(id, 1, true));
            }
            assertEquals(OptionalLong.of(h.clock.millis() + 7 * day), h.reviews.nextDue("CONSOLE", "console", "u-bob"));
            h.clock.advance(Duration.ofDays(7));
            quiz.handle(new ChatRequest.Review(BOB));
            h.click(
                    BOB,
                    h.option(
                            h.store
                                    .activeRound(QuizEngine.reviewKey(BOB))
                                    .orElseThrow()
                                    .id(),
                            1,
                            true));
            assertEquals(OptionalLong.empty(), h.reviews.nextDue("CONSOLE", "console", "u-bob"));
            assertEquals(
                    "Nothing to review: missed questions land here.",
                    quiz.handle(new ChatRequest.Review(BOB)).markdown());
            // review rounds do not count on the boards: bob still has the one public round
            assertEquals(
                    "```\n#  player  points  accuracy  rounds  best streak\n"
                            + "1  bob          0        0%       1            0\n```",
                    board(quiz, BOB, Scope.SERVER, Period.ALL, null).markdown());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("Chinese users get Chinese replies and boards")
    void chineseReplies(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            Harness h = Harness.on(db.database(), Fixtures.bank(40));
            QuizService quiz = service(h);
            Origin xiaoming =
                    new Origin(Platform.CONSOLE, "console", "general", "u-xm", "小明", Locale.SIMPLIFIED_CHINESE, false);
            assertEquals(
                    "小明 开始了测验：全部主题，1 题，每题 30 秒。",
                    quiz.handle(new ChatRequest.QuizStart(
                                    xiaoming, "", java.util.OptionalInt.of(1), java.util.OptionalInt.empty(), "choice"))
                            .markdown());
            assertEquals("测验 1/1 · 选择", h.outbox.sent().getFirst().reply().title());
            String id = h.round(xiaoming).id();
            h.advance(Duration.ofSeconds(5));
            assertTrue(h.click(xiaoming, h.option(id, 1, true)).markdown().startsWith("已记录你的答案："));
            h.advance(Duration.ofSeconds(25));
            assertEquals(
                    "```\n#  玩家  得分  正确率  轮数  最长连对\n1  小明   161    100%     1         1\n```",
                    board(quiz, xiaoming, Scope.SERVER, Period.WEEK, null).markdown());
        }
    }
}
