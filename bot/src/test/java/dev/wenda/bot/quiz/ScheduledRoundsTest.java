package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.QaEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Scheduled rounds on a fake clock: firing, restarts, missed firings, several processes. */
class ScheduledRoundsTest {
    private static final Origin ADMIN = Fixtures.admin("ada");
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");
    private static final List<QaEntry> BANK = Fixtures.bank(12);
    private static final Duration POLL = Duration.ofMinutes(10);

    static Reply say(Harness h, Origin who, String line) {
        TextCommand.Parsed parsed = TextCommand.parse(who, line);
        if (!(parsed instanceof TextCommand.Parsed.Ok ok)) {
            throw new AssertionError(line + ": " + parsed);
        }
        return h.service().handle(ok.request());
    }

    private static long at(String instant) {
        return Instant.parse(instant).toEpochMilli();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a daily 21:00 round added by one process fires on a restarted one, plays, and ends with its report")
    void scheduledRound_firesAfterRestart_andReports(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0); // Monday 09:00 in Shanghai
            Harness before = new Harness(db.database(), BANK, "bot-1", clock);
            say(before, ADMIN, "quiz schedule daily 21:00 count=2 seconds=30 topic=cnn kinds=choice");
            before.keeper(POLL).start();
            before.advance(Duration.ofHours(3));
            assertTrue(before.outbox.sent().isEmpty(), "nothing fires before 21:00");

            // The process dies at noon; another starts at 20:00 on the same database.
            clock.advance(Duration.ofHours(8));
            Harness after = new Harness(db.database(), BANK, "bot-2", clock);
            after.keeper(POLL).start();
            after.advance(Duration.ofHours(1));
            List<RecordingOutbox.Sent> sent = after.outbox.sent();
            assertEquals(
                    "⏰ Scheduled round #1: cnn, 2 questions, 30 s each.",
                    sent.get(0).reply().markdown());
            assertEquals("Quiz 1/2 · choice", sent.get(1).reply().title());
            String id = after.round(ADMIN).id();
            assertEquals("ada", after.round(ADMIN).starterName());

            after.advance(Duration.ofSeconds(5));
            after.click(ALICE, after.option(id, 1, true));
            after.click(BOB, after.option(id, 1, false));
            after.advance(Duration.ofSeconds(25));
            after.advance(Duration.ofSeconds(5));
            after.click(ALICE, after.option(id, 2, false));
            after.advance(Duration.ofSeconds(25));

            Question.Options q1 = (Question.Options) after.question(id, 1);
            Question.Options q2 = (Question.Options) after.question(id, 2);
            Reply report = after.outbox.last().reply();
            assertEquals("Round report", report.title());
            assertEquals(
                    "**1.** " + q1.question() + "\n✅ " + QuizTexts.correctAnswer(q1) + " · alice\n"
                            + "**2.** " + q2.question() + "\n✅ " + QuizTexts.correctAnswer(q2) + " · nobody\n\n"
                            + "Queued for `/review`:\n- alice: " + q2.entryId() + "\n- bob: " + q1.entryId(),
                    report.markdown());
            assertEquals("Round over", after.outbox.beforeLast().reply().title());
            assertEquals(
                    List.of(q2.entryId()), after.reviews.due("CONSOLE", "console", ALICE.user(), clock.millis(), 10));
            assertEquals(
                    at("2026-03-03T13:00:00Z"),
                    new QuizSchedules(db.database()).get(1).orElseThrow().nextRun());
            assertTrue(before.outbox.sent().isEmpty(), "the dead process posted nothing");
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "a firing missed while every process was down starts when up to 30 min late, else waits for the next day")
    void missedFiring_graceThenSkip(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness first = new Harness(db.database(), BANK, "bot-1", clock);
            say(first, ADMIN, "quiz schedule daily 21:00 count=1");
            QuizSchedules schedules = new QuizSchedules(db.database());

            clock.advance(Duration.ofHours(12).plusMinutes(20)); // 21:20, nobody was running
            Harness late = new Harness(db.database(), BANK, "bot-2", clock);
            late.keeper(POLL).start();
            assertEquals(
                    "⏰ Scheduled round #1: all topics, 1 question, 30 s each.",
                    late.outbox.sent().getFirst().reply().markdown());

            clock.advance(Duration.ofDays(1).plusMinutes(20)); // Tuesday 21:45: 45 min late
            Harness tooLate = new Harness(db.database(), BANK, "bot-3", clock);
            tooLate.keeper(POLL).start();
            assertTrue(tooLate.outbox.sent().isEmpty(), "45 minutes late: skipped");
            assertEquals(
                    at("2026-03-04T13:00:00Z"), schedules.get(1).orElseThrow().nextRun());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a firing while a round runs in the channel is skipped with a notice; the next day's fires")
    void firing_whileRoundRuns_isSkippedWithNotice(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness h = new Harness(db.database(), BANK, "bot-1", clock);
            say(h, ADMIN, "quiz schedule daily 09:10 count=1 kinds=choice");
            h.keeper(POLL).start();
            h.advance(Duration.ofMinutes(9));
            h.start(ALICE, "", 5, 120, "choice");
            h.advance(Duration.ofMinutes(1));
            assertEquals(
                    "⏰ Scheduled round #1 skipped: a round started by alice is still running here.",
                    h.outbox.last().reply().markdown());
            h.engine.stop(new ChatRequest.QuizStop(ALICE));
            h.advance(Duration.ofDays(1));
            assertTrue(
                    h.outbox.sent().stream().anyMatch(s -> s.reply()
                            .markdown()
                            .equals("⏰ Scheduled round #1: all topics, 1 question, 30 s each.")),
                    "Tuesday's firing starts its round");
        }
    }

    @Test
    @DisplayName("two processes sharing PostgreSQL fire each due schedule exactly once, however their passes race")
    void twoProcesses_fireEachScheduleOnce() throws Exception {
        try (var db = TestDatabases.open(Backend.POSTGRES);
                Database second = TestDatabases.reopen(db)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness a = new Harness(db.database(), BANK, "bot-1", clock);
            Harness b = new Harness(second, BANK, "bot-2", clock);
            int channels = 12;
            for (int i = 1; i <= channels; i++) {
                Origin admin = new Origin(
                        ADMIN.platform(), ADMIN.community(), "c" + i, ADMIN.user(), "ada", Locale.ENGLISH, true);
                say(i % 2 == 0 ? a : b, admin, "quiz schedule daily 21:00 count=1");
            }
            ScheduleKeeper ka = a.keeper(POLL);
            ScheduleKeeper kb = b.keeper(POLL);
            clock.advance(Duration.ofHours(12)); // 21:00: all due at once
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                CountDownLatch go = new CountDownLatch(1);
                Future<Integer> fa = pool.submit(() -> {
                    go.await();
                    return ka.tick();
                });
                Future<Integer> fb = pool.submit(() -> {
                    go.await();
                    return kb.tick();
                });
                go.countDown();
                assertEquals(channels, fa.get() + fb.get());
            } finally {
                pool.shutdownNow();
            }
            List<String> announced = new ArrayList<>();
            for (Harness h : List.of(a, b)) {
                h.outbox.sent().stream()
                        .map(s -> s.reply().markdown())
                        .filter(text -> text.startsWith("⏰"))
                        .forEach(announced::add);
            }
            assertEquals(channels, announced.size());
            assertEquals(channels, announced.stream().distinct().count());
            assertEquals(channels, a.store.openRounds().size());
            assertEquals(0, ka.tick() + kb.tick(), "nothing is due any more");
        }
    }
}
