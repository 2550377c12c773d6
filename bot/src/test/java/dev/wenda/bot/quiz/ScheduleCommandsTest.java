package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schedule commands as typed in the console or after /wenda on Slack: checks, list, cancel, time zone. */
class ScheduleCommandsTest {
    private static final Origin ADMIN = Fixtures.admin("ada");
    private static final Origin ALICE = Fixtures.player("alice");

    private TestDatabases.Fresh db;
    private Harness h;
    private QuizService quiz;

    @BeforeEach
    void open() {
        db = TestDatabases.open(Backend.H2);
        h = Harness.on(db.database(), Fixtures.bank(8));
        quiz = h.service();
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** Runs the test on {@code backend} instead of the default in-memory H2. */
    private void use(Backend backend) {
        db.close();
        db = TestDatabases.open(backend);
        h = Harness.on(db.database(), Fixtures.bank(8));
        quiz = h.service();
    }

    private String say(Origin who, String line) {
        return switch (TextCommand.parse(who, line)) {
            case TextCommand.Parsed.Ok ok -> quiz.handle(ok.request()).markdown();
            case TextCommand.Parsed.Usage usage -> usage.message();
        };
    }

    @Test
    @DisplayName("invalid times, days, counts, seconds, topics and zones are refused with a message naming the value")
    void badInputs_areExplained() {
        assertEquals(
                "'25\\:00' is not a time of day: give HH:MM on a 24-hour clock, e.g. 21:00.",
                say(ADMIN, "quiz schedule daily 25:00"));
        assertEquals(
                "'9pm' is not a time of day: give HH:MM on a 24-hour clock, e.g. 21:00.",
                say(ADMIN, "quiz schedule daily 9pm count=5"));
        assertEquals(
                "'' is not a time of day: give HH:MM on a 24-hour clock, e.g. 21:00.",
                say(ADMIN, "quiz schedule daily count=5"));
        assertEquals(
                "'funday' is not a day of the week: use mon, tue, wed, thu, fri, sat or sun (or 周一 … 周日).",
                say(ADMIN, "quiz schedule weekly funday 21:00"));
        assertEquals("Questions must be 1-50, was 0.", say(ADMIN, "quiz schedule daily 21:00 count=0"));
        assertEquals("Questions must be 1-50, was 51.", say(ADMIN, "quiz schedule weekly mon 21:00 count=51"));
        assertEquals("count needs a whole number, got 'five'", say(ADMIN, "quiz schedule daily 21:00 count=five"));
        assertEquals("Seconds per question must be 10-300, was 5.", say(ADMIN, "quiz schedule daily 21:00 seconds=5"));
        assertEquals(
                "No entries match the topic \"transformer\".",
                say(ADMIN, "quiz schedule daily 21:00 topic=transformer"));
        assertEquals(
                "Usage: quiz schedule daily HH:MM | weekly DAY HH:MM | question HH:MM [TOPIC] [count=N] [seconds=N] [kinds=…]"
                        + " | list | cancel ID",
                say(ADMIN, "quiz schedule hourly 21:00"));
        assertEquals(
                "unknown question kind 'essay'; use choice, reverse, numeric, flashcard, typed or mixed",
                say(ADMIN, "quiz schedule daily 21:00 kinds=essay"));
        assertEquals(
                "Typed questions come only from this community's trivia decks: start the round with deck=NAME (on"
                        + " Discord, the deck option).",
                say(ADMIN, "quiz schedule daily 21:00 kinds=typed"));
        assertEquals(
                "'Mars/Olympus' is not a time zone: use a name such as Asia/Shanghai, Europe/Berlin or UTC.",
                say(ADMIN, "quiz timezone Mars/Olympus"));
        assertEquals(
                "'hourly' is not a schedule: use daily HH:MM, weekly DAY HH:MM or question HH:MM.",
                quiz.handle(new ChatRequest.ScheduleAdd(
                                ADMIN, "hourly", "", "21:00", OptionalInt.empty(), OptionalInt.empty(), "", ""))
                        .markdown());
        assertEquals("Only an admin can change schedules or the time zone.", say(ALICE, "quiz schedule daily 21:00"));
        assertEquals("Only an admin can change schedules or the time zone.", say(ALICE, "quiz schedule cancel 1"));
        assertEquals(
                "No schedules in this channel; add one with `quiz schedule daily 21:00 count=5`.",
                say(ALICE, "quiz schedule list"));
        assertTrue(new QuizSchedules(db.database()).due(Long.MAX_VALUE).isEmpty(), "nothing was stored");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "schedules are added, listed and cancelled in the community's zone; a new zone moves their next firing")
    void addListCancel_inTheCommunityZone(Backend backend) {
        use(backend);
        // Harness.T0 is Monday 2026-03-02 09:00 in Shanghai.
        assertEquals(
                "Scheduled #1: daily at 21:00 (Asia/Shanghai), 5 questions of 30 s on cnn."
                        + " Next: 2026-03-02 21:00. Cancel with `quiz schedule cancel 1`.",
                say(ADMIN, "quiz schedule daily 21:00 count=5 topic=cnn"));
        assertEquals(
                "Scheduled #2: every Fri at 20:30 (Asia/Shanghai), 3 questions of 20 s on all topics."
                        + " Next: 2026-03-06 20:30. Cancel with `quiz schedule cancel 2`.",
                say(ADMIN, "quiz schedule weekly fri 20:30 count=3 seconds=20"));
        assertEquals(
                "Scheduled #3: daily question at 08:00 (Asia/Shanghai), one question on rnn, open until the next one."
                        + " Next: 2026-03-03 08:00. Cancel with `quiz schedule cancel 3`.",
                say(ADMIN, "quiz schedule question 8:00 rnn"));
        assertEquals(
                "This channel already has a daily question; cancel it first to move it.",
                say(ADMIN, "quiz schedule question 9:00"));
        assertEquals(
                "Schedules in this channel (time zone Asia/Shanghai):\n"
                        + "- #1 daily at 21:00: 5 questions of 30 s on cnn; next 2026-03-02 21:00\n"
                        + "- #2 every Fri at 20:30: 3 questions of 20 s on all topics; next 2026-03-06 20:30\n"
                        + "- #3 daily question at 08:00: one question on rnn, open until the next one;"
                        + " next 2026-03-03 08:00",
                say(ALICE, "quiz schedules"));
        assertEquals("Cancelled schedule #2 (every Fri at 20:30).", say(ADMIN, "quiz schedule cancel #2"));
        assertEquals(
                "No schedule 2 in this channel; `quiz schedule list` shows them.",
                say(ADMIN, "quiz schedule cancel 2"));
        Origin elsewhere =
                new Origin(ADMIN.platform(), ADMIN.community(), "other", ADMIN.user(), "ada", Locale.ENGLISH, true);
        assertEquals(
                "No schedule 1 in this channel; `quiz schedule list` shows them.",
                say(elsewhere, "quiz schedule cancel 1"));

        assertEquals(
                "This community's time zone is Asia/Shanghai; schedules and daily questions follow it.",
                say(ALICE, "quiz timezone"));
        assertEquals(
                "Time zone set to Europe/Berlin; 2 schedules now follow it.",
                say(ADMIN, "quiz timezone Europe/Berlin"));
        // 09:00 Shanghai is 02:00 in Berlin: today's 21:00 and 08:00 there are both still to come.
        QuizSchedules stored = new QuizSchedules(db.database());
        assertEquals(
                Instant.parse("2026-03-02T20:00:00Z").toEpochMilli(),
                stored.get(1).orElseThrow().nextRun());
        assertEquals(
                Instant.parse("2026-03-02T07:00:00Z").toEpochMilli(),
                stored.get(3).orElseThrow().nextRun());
    }

    @Test
    @DisplayName("Chinese users get the checks in Chinese, and Chinese day names work")
    void chinese() {
        Origin zh = new Origin(
                ADMIN.platform(), ADMIN.community(), ADMIN.channel(), ADMIN.user(), "ada", Locale.CHINA, true);
        assertEquals("'25\\:61' 不是有效的时间：请用 24 小时制 HH:MM，例如 21:00。", say(zh, "quiz schedule daily 25:61"));
        assertEquals(
                "已添加定时 #1：每周三 21:00（Asia/Shanghai），5 题，每题 30 秒，主题 全部主题。下次：2026-03-04 21:00。"
                        + "取消：`quiz schedule cancel 1`。",
                say(zh, "quiz schedule weekly 周三 21:00"));
        Reply none = quiz.handle(new ChatRequest.DailyAnswer(zh, "A"));
        assertEquals("本频道没有开放的每日一题。", none.markdown());
    }
}
