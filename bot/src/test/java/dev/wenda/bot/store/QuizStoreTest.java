package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class QuizStoreTest {
    static RoundRow round(String id, String channel) {
        return new RoundRow(
                id,
                Platform.CONSOLE,
                "console",
                channel,
                "CONSOLE:console:" + channel,
                "u-alice",
                "alice",
                "",
                Locale.ENGLISH,
                false,
                3,
                30,
                true,
                0,
                1_000,
                OptionalLong.empty(),
                Optional.of("bot-1"),
                OptionalLong.of(100_000));
    }

    static List<QuestionRow> questions(String id) {
        List<QuestionRow> rows = new ArrayList<>();
        for (int no = 1; no <= 3; no++) {
            rows.add(QuestionRow.unposted(id, no, "CHOICE", "e" + no, "cnn", "{}"));
        }
        return rows;
    }

    static AnswerDraft answer(String round, int no, String user, boolean correct, long at) {
        return new AnswerDraft(round, no, user, user, "A", true, correct, "cnn", "e" + no, at);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a channel holds one open round; ending it frees the channel")
    void createRound_secondInChannel_isBusyUntilEnded(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            QuizStore store = new QuizStore(db.database());
            assertInstanceOf(
                    QuizStore.Creation.Created.class,
                    store.createRound(round("r1", "c"), questions("r1"), "", List.of("e1", "e2", "e3")));
            var busy = store.createRound(round("r2", "c"), questions("r2"), "", List.of("e1", "e2", "e3"));
            assertEquals("r1", ((QuizStore.Creation.Busy) busy).running().id());
            assertTrue(store.openQuestion("r1", 1, 1_500, 31_500));
            assertFalse(store.openQuestion("r1", 1, 1_600, 31_600));
            assertTrue(store.endRound("r1", 2_000));
            assertFalse(store.endRound("r1", 2_001));
            assertFalse(store.openQuestion("r1", 2, 2_100, 32_100));
            assertInstanceOf(
                    QuizStore.Creation.Created.class,
                    store.createRound(round("r2", "c"), questions("r2"), "", List.of("e1", "e2", "e3")));
            assertEquals(
                    List.of("r2"), store.openRounds().stream().map(RoundRow::id).toList());
            assertEquals(java.util.Set.of("e1", "e2", "e3"), store.seenEntries("CONSOLE:console:c", ""));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("64 players answering at the same instant: every answer recorded, exactly one first correct")
    void recordAnswer_simultaneous_exactlyOneFirstCorrect(Backend backend) throws Exception {
        try (var db = TestDatabases.open(backend, 16)) {
            QuizStore store = new QuizStore(db.database());
            store.createRound(round("r1", "c"), questions("r1"), "", List.of("e1", "e2", "e3"));
            store.openQuestion("r1", 1, 1_000, 31_000);
            int players = 64;
            ExecutorService pool = Executors.newFixedThreadPool(16);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<RecordResult>> results = new ArrayList<>();
            for (int i = 0; i < players; i++) {
                String user = "u" + i;
                results.add(pool.submit(() -> {
                    go.await();
                    return store.recordAnswer(
                            answer("r1", 1, user, true, 2_000),
                            OptionalInt.empty(),
                            true,
                            (first, streak) -> first ? 120 : 100);
                }));
            }
            go.countDown();
            int firsts = 0;
            for (Future<RecordResult> f : results) {
                if (((RecordResult.Recorded) f.get()).row().firstCorrect()) {
                    firsts++;
                }
            }
            pool.shutdown();
            assertEquals(1, firsts);
            List<AnswerRow> rows = store.answers("r1", 1);
            assertEquals(players, rows.size());
            assertEquals(1, rows.stream().filter(AnswerRow::firstCorrect).count());
            assertEquals(
                    100L * players + 20,
                    rows.stream().mapToLong(AnswerRow::points).sum());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a player's second answer is a duplicate; answers to a revealed question are closed")
    void recordAnswer_duplicateAndClosed(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            QuizStore store = new QuizStore(db.database());
            store.createRound(round("r1", "c"), questions("r1"), "", List.of("e1", "e2", "e3"));
            store.openQuestion("r1", 1, 1_000, 31_000);
            assertInstanceOf(
                    RecordResult.Recorded.class,
                    store.recordAnswer(answer("r1", 1, "a", false, 2_000), OptionalInt.empty(), true, (f, s) -> 100));
            assertInstanceOf(
                    RecordResult.Duplicate.class,
                    store.recordAnswer(answer("r1", 1, "a", true, 2_001), OptionalInt.empty(), true, (f, s) -> 100));
            assertTrue(store.markRevealed("r1", 1));
            assertFalse(store.markRevealed("r1", 1));
            assertInstanceOf(
                    RecordResult.Closed.class,
                    store.recordAnswer(answer("r1", 1, "b", true, 2_002), OptionalInt.empty(), true, (f, s) -> 100));
            assertEquals(
                    List.of("a"),
                    store.answers("r1", 1).stream().map(AnswerRow::userId).toList());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("streaks carry from the previous graded question and reset on a miss")
    void recordAnswer_streaks(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            QuizStore store = new QuizStore(db.database());
            store.createRound(round("r1", "c"), questions("r1"), "", List.of("e1", "e2", "e3"));
            for (int no = 1; no <= 3; no++) {
                store.openQuestion("r1", no, 1_000L * no, 1_000L * no + 500);
                boolean correct = no != 2;
                var result = store.recordAnswer(
                        answer("r1", no, "a", correct, 1_000L * no + 1),
                        no == 1 ? OptionalInt.empty() : OptionalInt.of(no - 1),
                        true,
                        (first, streak) -> 100 + streak);
                store.markRevealed("r1", no);
                assertEquals(
                        correct ? 1 : 0, ((RecordResult.Recorded) result).row().streak());
            }
            store.openQuestion("r1", 3, 9_000, 9_500);
            assertEquals(List.of(new Standing("a", "a", 202, 2, 3, 1, 1)), store.roundScores("r1"));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a round lease is taken when free or expired, renewed by its owner, refused to others meanwhile")
    void tryAcquireLease_rules(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            QuizStore store = new QuizStore(db.database());
            store.createRound(round("r1", "c"), questions("r1"), "", List.of("e1", "e2", "e3"));
            assertFalse(store.tryAcquireLease("r1", "bot-2", 50_000, 200_000));
            assertTrue(store.tryAcquireLease("r1", "bot-1", 50_000, 200_000));
            assertTrue(store.tryAcquireLease("r1", "bot-2", 200_001, 300_000));
            assertEquals(Optional.of("bot-2"), store.round("r1").orElseThrow().owner());
            store.endRound("r1", 300_001);
            assertFalse(store.tryAcquireLease("r1", "bot-2", 300_002, 400_000));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("opening the same database again applies no migration twice and keeps the data")
    void reopen_keepsDataAndSchema(Backend backend) {
        try (var db = TestDatabases.open(backend)) {
            new QuizStore(db.database()).createRound(round("r1", "c"), questions("r1"), "", List.of("e1", "e2", "e3"));
            try (Database again = TestDatabases.reopen(db)) {
                assertEquals("r1", new QuizStore(again).openRounds().getFirst().id());
            }
        }
    }
}
