package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.Standing;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.QaEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RecoveryTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final List<QaEntry> BANK = Fixtures.bank(40);

    /** Alice answers right 5 s into each question of {@code from..to}; the harness's timers run. */
    private static void play(Harness h, String id, int from, int to) {
        for (int no = from; no <= to; no++) {
            h.advance(Duration.ofSeconds(5));
            h.click(ALICE, h.option(id, no, true));
            h.advance(Duration.ofSeconds(25));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("after a crash mid-round a new engine resumes the remaining questions; nothing is awarded twice")
    void crashMidRound_newEngineResumes(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness before = new Harness(db.database(), BANK, "bot-1", clock);
            before.start(ALICE, "", 10, 30, "choice");
            String id = before.round(ALICE).id();
            play(before, id, 1, 5);
            clock.advance(Duration.ofSeconds(5));
            before.click(ALICE, before.option(id, 6, true)); // question 6 answered, then the process dies

            clock.advance(Duration.ofSeconds(10));
            Harness after = new Harness(db.database(), BANK, "bot-1", clock);
            assertEquals(1, after.engine.recover());
            after.advance(Duration.ofSeconds(15)); // question 6's reveal, armed again by the new engine
            assertEquals(
                    List.of(6),
                    after.events(QuizEvent.QuestionRevealed.class).stream()
                            .map(QuizEvent.QuestionRevealed::no)
                            .toList());
            play(after, id, 7, 10);

            Standing alice =
                    after.events(QuizEvent.RoundEnded.class).getFirst().scores().getFirst();
            assertEquals(new Standing("u-alice", "alice", 1960, 10, 10, 1, 10), alice);
            assertEquals(0, before.events(QuizEvent.RoundEnded.class).size());
            long stored = IntStream.rangeClosed(1, 10)
                    .mapToLong(no -> after.store.answers(id, no).stream()
                            .mapToLong(AnswerRow::points)
                            .sum())
                    .sum();
            assertEquals(1960, stored);
            assertEquals(0, after.engine.recover());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a round left open far longer than its question closes at recovery, keeping its scores")
    void staleRound_closesWithScoresKept(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness before = new Harness(db.database(), BANK, "bot-1", clock);
            before.start(ALICE, "", 10, 30, "choice");
            String id = before.round(ALICE).id();
            play(before, id, 1, 3);

            clock.advance(Duration.ofHours(2));
            Harness other = new Harness(db.database(), BANK, "bot-2", clock);
            assertEquals(1, other.engine.recover());
            QuizEvent.RoundEnded ended =
                    other.events(QuizEvent.RoundEnded.class).getFirst();
            assertEquals(EndReason.CLOSED_AFTER_RESTART, ended.reason());
            // 3 questions: 3 × (100 + 41 + 20) + streak 0 + 10 + 20
            assertEquals(513, ended.scores().getFirst().points());
            assertTrue(other.outbox.beforeLast().reply().markdown().startsWith("Closed after a restart; scores kept."));
            assertTrue(other.store.activeRound(QuizEngine.channelKey(ALICE)).isEmpty());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("another process cannot take a round while its owner's lease runs")
    void recover_leaseHeldByLiveOwner_isLeftAlone(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness owner = new Harness(db.database(), BANK, "bot-1", clock);
            owner.start(ALICE, "", 3, 30, "choice");
            Harness other = new Harness(db.database(), BANK, "bot-2", clock);
            assertEquals(0, other.engine.recover());
            assertEquals(0, other.scheduler.pending());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "a process shutting down hands its rounds over: another takes them at once, its old timers stay silent")
    void handOver_letsAnotherProcessResumeAtOnce(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness leaving = new Harness(db.database(), BANK, "bot-1", clock);
            leaving.start(ALICE, "", 2, 30, "choice");
            String id = leaving.round(ALICE).id();
            assertEquals(1, leaving.engine.handOver());
            assertEquals(0, leaving.scheduler.pending());
            Harness taking = new Harness(db.database(), BANK, "bot-2", clock);
            assertEquals(1, taking.engine.recover());
            play(taking, id, 1, 2);
            assertEquals(1, taking.events(QuizEvent.RoundEnded.class).size());
            assertEquals(List.of(), leaving.events(QuizEvent.QuestionRevealed.class));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "two processes on one database: answers reaching both give one first-correct per question and exact totals")
    void twoProcesses_sameQuestion_oneFirstCorrect(Backend backend) throws Exception {
        try (var db = TestDatabases.open(backend, 16);
                Database second = TestDatabases.reopen(db)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness a = new Harness(db.database(), BANK, "bot-1", clock);
            Harness b = new Harness(second, BANK, "bot-2", clock);
            a.start(ALICE, "", 3, 30, "choice");
            String id = a.round(ALICE).id();
            int players = 20;
            ExecutorService threads = Executors.newFixedThreadPool(8);
            for (int no = 1; no <= 3; no++) {
                clock.advance(Duration.ofSeconds(5));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<String>> replies = new ArrayList<>();
                for (int p = 0; p < players; p++) {
                    Origin who = Fixtures.player("p" + p);
                    Harness via = p % 2 == 0 ? a : b;
                    String action = a.option(id, no, true);
                    replies.add(threads.submit(() -> {
                        go.await();
                        return via.click(who, action).markdown();
                    }));
                }
                go.countDown();
                for (Future<String> reply : replies) {
                    assertTrue(reply.get().startsWith("Answer recorded: "), reply.get());
                }
                assertEquals(
                        1,
                        a.store.answers(id, no).stream()
                                .filter(AnswerRow::firstCorrect)
                                .count());
                a.advance(Duration.ofSeconds(25));
            }
            threads.shutdown();
            List<Standing> scores =
                    a.events(QuizEvent.RoundEnded.class).getFirst().scores();
            // per player: 3 × (100 + 41) + streak 0 + 10 + 20; plus 20 for each question's first
            assertEquals(
                    20L * (3 * 141 + 30) + 3 * 20,
                    scores.stream().mapToLong(Standing::points).sum());
            assertEquals(players, scores.size());
            assertEquals(List.of(), b.outbox.sent());
            assertEquals(0, b.scheduler.pending());
            assertEquals(
                    20,
                    b.events(QuizEvent.AnswerRecorded.class).size()
                            + a.events(QuizEvent.AnswerRecorded.class).size()
                            - 40);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("skip votes taken by two processes add up to one majority; a player's repeated vote counts once")
    void skipVotes_acrossProcesses_addUp(Backend backend) {
        try (var db = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(db)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Harness a = new Harness(db.database(), BANK, "bot-1", clock);
            Harness b = new Harness(second, BANK, "bot-2", clock);
            a.start(ALICE, "", 3, 30, "choice");
            String id = a.round(ALICE).id();
            Origin bob = Fixtures.player("bob");
            Origin carol = Fixtures.player("carol");
            Origin dave = Fixtures.player("dave");
            for (Origin p : List.of(bob, carol, dave, Fixtures.player("erin"))) {
                b.click(p, b.option(id, 1, false));
            }
            assertEquals(
                    "Skip vote 1/3.",
                    a.engine.skip(new ChatRequest.QuizSkip(bob)).markdown());
            assertEquals(
                    "Skip vote 1/3.",
                    b.engine.skip(new ChatRequest.QuizSkip(bob)).markdown());
            assertEquals(
                    "Skip vote 2/3.",
                    b.engine.skip(new ChatRequest.QuizSkip(carol)).markdown());
            assertEquals(
                    "Majority reached: skipped question 1.",
                    a.engine.skip(new ChatRequest.QuizSkip(dave)).markdown());
            assertEquals(2, a.round(ALICE).currentNo());
        }
    }
}
