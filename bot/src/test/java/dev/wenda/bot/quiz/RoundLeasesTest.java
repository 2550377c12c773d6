package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.Standing;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import dev.wenda.content.QaEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several bot processes on one database, each an engine with its own pool, timer and lease keeper
 * on a shared manual clock. A process "dies" by never running its timers again, as after SIGKILL.
 */
class RoundLeasesTest {
    private static final List<QaEntry> BANK = Fixtures.bank(40);
    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");
    private static final Origin CAROL = Fixtures.player("carol");

    /** One bot process. */
    private static final class Process {
        final ManualScheduler scheduler;
        final RecordingOutbox outbox = new RecordingOutbox();
        final List<QuizEvent> events = Collections.synchronizedList(new ArrayList<>());
        final QuizStore store;
        final QuizEngine engine;
        final RoundLeases leases;

        Process(Database db, String owner, ManualClock clock) {
            scheduler = new ManualScheduler(clock);
            store = new QuizStore(db);
            List<QuizListener> listeners = new ArrayList<>();
            engine = new QuizEngine(
                    store,
                    new ReviewQueue(db),
                    new BankQuestionPool(BANK),
                    Fixtures.sums(),
                    outbox,
                    scheduler,
                    clock,
                    new SplittableRandom(7),
                    Fixtures.UNIQUE_IDS,
                    event -> listeners.forEach(l -> l.on(event)),
                    QuizSettings.defaults(owner));
            leases = new RoundLeases(store, engine, scheduler, clock, owner, LEASE, () -> Set.of(Platform.CONSOLE));
            listeners.add(events::add);
            listeners.add(leases);
            leases.start();
        }

        String click(Origin who, String roundId, int no, boolean right) {
            Question.Options q = (Question.Options) new QuestionCodec()
                    .decode(store.question(roundId, no).orElseThrow().payload());
            int index = right ? q.correct() : (q.correct() + 1) % q.options().size();
            return engine.click(new ChatRequest.Click(who, QuizTexts.actionId(roundId, no, Integer.toString(index))))
                    .orElseThrow()
                    .markdown();
        }

        <T extends QuizEvent> List<T> events(Class<T> type) {
            synchronized (events) {
                return events.stream().filter(type::isInstance).map(type::cast).toList();
            }
        }
    }

    /** Moves the shared clock one second at a time, running the due tasks of every live process. */
    private static void run(ManualClock clock, Duration by, Process... alive) {
        for (long s = 0; s < by.toSeconds(); s++) {
            alive[0].scheduler.advance(Duration.ofSeconds(1));
            for (int i = 1; i < alive.length; i++) {
                alive[i].scheduler.advance(Duration.ZERO);
            }
        }
    }

    private static String owner(Process p, String roundId) {
        return p.store.round(roundId).orElseThrow().owner().orElse("");
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("three processes: the round's owner dies mid-question, another takes over within 15 s and"
            + " finishes the round; no answer lost, nothing awarded twice")
    void ownerDies_anotherTakesOverWithin15s(Backend backend) {
        try (var db = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(db);
                Database third = TestDatabases.reopen(db)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Process a = new Process(db.database(), "bot-a", clock);
            Process b = new Process(second, "bot-b", clock);
            Process c = new Process(third, "bot-c", clock);
            a.engine.start(new ChatRequest.QuizStart(ALICE, "", OptionalInt.of(3), OptionalInt.of(30), "choice"));
            String id = a.store
                    .activeRound(QuizEngine.channelKey(ALICE))
                    .orElseThrow()
                    .id();

            // Question 1: answers reach all three processes; A's timer reveals it and posts question 2.
            run(clock, Duration.ofSeconds(5), a, b, c);
            a.click(ALICE, id, 1, true);
            b.click(BOB, id, 1, true);
            c.click(CAROL, id, 1, false);
            run(clock, Duration.ofSeconds(25), a, b, c);
            assertEquals(2, a.store.round(id).orElseThrow().currentNo());
            // Leases keep being renewed by A while it lives, however long the question.
            run(clock, Duration.ofSeconds(4), a, b, c);
            assertEquals("bot-a", owner(b, id));

            // Question 2: two answers reach B and C, then A dies (SIGKILL: its timers never run again).
            b.click(ALICE, id, 2, true);
            c.click(BOB, id, 2, false);
            Instant died = clock.instant();
            int waited = 0;
            while (owner(b, id).equals("bot-a") && waited < 30) {
                run(clock, Duration.ofSeconds(1), b, c);
                waited++;
            }
            String newOwner = owner(b, id);
            assertTrue(Set.of("bot-b", "bot-c").contains(newOwner), newOwner);
            // Not before the last renewal ran out (lease - period), and within lease + period.
            assertTrue(waited >= 6 && waited <= 14, "took over after " + waited + " s");
            Process heir = newOwner.equals("bot-b") ? b : c;
            Process other = heir == b ? c : b;

            // The heir reveals question 2 at its close and runs question 3; answers reach both survivors.
            run(clock, Duration.ofSeconds(30 - 4 - waited), b, c);
            assertEquals(
                    List.of(2),
                    heir.events(QuizEvent.QuestionRevealed.class).stream()
                            .map(QuizEvent.QuestionRevealed::no)
                            .toList());
            run(clock, Duration.ofSeconds(3), b, c);
            assertEquals(1, heir.leases.held());
            assertEquals(0, other.leases.held());
            other.click(ALICE, id, 3, true);
            heir.click(CAROL, id, 3, true);
            b.click(BOB, id, 3, true);
            run(clock, Duration.ofSeconds(30), b, c);

            List<QuizEvent.RoundEnded> ended = heir.events(QuizEvent.RoundEnded.class);
            assertEquals(1, ended.size());
            assertEquals(List.of(), other.events(QuizEvent.RoundEnded.class));
            assertEquals(List.of(), a.events(QuizEvent.RoundEnded.class));
            Map<String, Standing> scores =
                    ended.getFirst().scores().stream().collect(Collectors.toMap(Standing::userName, s -> s));
            assertEquals(3, scores.get("alice").correct());
            assertEquals(3, scores.get("alice").answered());
            assertEquals(2, scores.get("bob").correct());
            assertEquals(3, scores.get("bob").answered());
            assertEquals(1, scores.get("carol").correct());
            assertEquals(2, scores.get("carol").answered());
            long stored = 0;
            for (int no = 1; no <= 3; no++) {
                List<AnswerRow> answers = heir.store.answers(id, no);
                assertEquals(1, answers.stream().filter(AnswerRow::firstCorrect).count(), "question " + no);
                stored += answers.stream().mapToLong(AnswerRow::points).sum();
            }
            assertEquals(
                    stored, scores.values().stream().mapToLong(Standing::points).sum());
            assertTrue(died.isBefore(clock.instant()));
            a.leases.close();
            b.leases.close();
            c.leases.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a graceful stop releases the owner's leases, so another process takes over at its next pass")
    void gracefulStop_releasesLeases(Backend backend) {
        try (var db = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(db)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Process a = new Process(db.database(), "bot-a", clock);
            Process b = new Process(second, "bot-b", clock);
            a.engine.start(new ChatRequest.QuizStart(ALICE, "", OptionalInt.of(3), OptionalInt.of(30), "choice"));
            String id = a.store
                    .activeRound(QuizEngine.channelKey(ALICE))
                    .orElseThrow()
                    .id();
            run(clock, Duration.ofSeconds(5), a, b);
            a.leases.close();
            assertEquals(1, a.leases.releaseAll());
            int waited = 0;
            while (owner(b, id).equals("bot-a") && waited < 30) {
                run(clock, Duration.ofSeconds(1), b);
                waited++;
            }
            assertEquals("bot-b", owner(b, id));
            assertTrue(waited <= 4, "took over after " + waited + " s");
            b.leases.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a restarted process that holds a round's lease but was not asked to recover it resumes it at its"
            + " next lease pass")
    void ownRoundWithoutTimer_resumedAtNextLeasePass(Backend backend) {
        try (var db = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(db)) {
            ManualClock clock = new ManualClock(Harness.T0);
            Process before = new Process(db.database(), "bot-a", clock);
            before.engine.start(new ChatRequest.QuizStart(ALICE, "", OptionalInt.of(2), OptionalInt.of(30), "choice"));
            String id = before.store
                    .activeRound(QuizEngine.channelKey(ALICE))
                    .orElseThrow()
                    .id();
            run(clock, Duration.ofSeconds(5), before);
            before.click(ALICE, id, 1, true);
            before.leases.close(); // the process dies; its timers never run again

            Process after = new Process(second, "bot-a", clock); // same instance id, no recover() call
            run(clock, Duration.ofSeconds(4), after); // one lease pass (lease / 3) finds the idle round
            run(clock, Duration.ofSeconds(22), after); // question 1 closed at 30 s
            assertEquals(
                    List.of(1),
                    after.events(QuizEvent.QuestionRevealed.class).stream()
                            .map(QuizEvent.QuestionRevealed::no)
                            .toList());
            assertEquals(
                    List.of("alice"),
                    after.events(QuizEvent.QuestionRevealed.class).getFirst().correctUsers());
            run(clock, Duration.ofSeconds(30), after);
            assertEquals(
                    EndReason.FINISHED,
                    after.events(QuizEvent.RoundEnded.class).getFirst().reason());
        }
    }
}
