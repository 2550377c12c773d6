package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.TestDatabases.Backend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeckDryRunsTest {
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final Instant UNTIL = NOW.plus(Duration.ofMinutes(15));
    private static final DeckDryRuns.Pending NOTES = new DeckDryRuns.Pending(
            "g1",
            "notes",
            "notes.md",
            "## 什么是LoRA微调\n低秩适配。\n".getBytes(StandardCharsets.UTF_8),
            "slack upload notes.md",
            "CC BY 4.0");

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a dry run kept by one process is taken by another, once: the second take finds nothing")
    void take_onAnotherProcess_once(Backend backend) {
        try (var fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh)) {
            new DeckDryRuns(fresh.database()).keep("a1", NOTES, UNTIL, NOW, 32);

            assertEquals(Optional.of(NOTES), new DeckDryRuns(second).take("a1", "g1", NOW));
            assertEquals(Optional.empty(), new DeckDryRuns(second).take("a1", "g1", NOW));
            assertEquals(Optional.empty(), new DeckDryRuns(fresh.database()).take("a1", "g1", NOW));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("two processes taking the same dry run at once: exactly one gets it")
    void take_concurrently_oneWins(Backend backend) throws Exception {
        try (var fresh = TestDatabases.open(backend);
                Database second = TestDatabases.reopen(fresh)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 10; round++) {
                    String token = "c" + round;
                    new DeckDryRuns(fresh.database()).keep(token, NOTES, UNTIL, NOW, 32);
                    CountDownLatch start = new CountDownLatch(1);
                    List<Callable<Optional<DeckDryRuns.Pending>>> takes = List.of(fresh.database(), second).stream()
                            .<Callable<Optional<DeckDryRuns.Pending>>>map(db -> () -> {
                                start.await();
                                return new DeckDryRuns(db).take(token, "g1", NOW);
                            })
                            .toList();
                    List<Future<Optional<DeckDryRuns.Pending>>> results =
                            takes.stream().map(pool::submit).toList();
                    start.countDown();
                    long won = 0;
                    for (Future<Optional<DeckDryRuns.Pending>> result : results) {
                        won += result.get().isPresent() ? 1 : 0;
                    }
                    assertEquals(1, won, "round " + round);
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an expired dry run is not taken; another community's press does not take it")
    void take_expiredOrOtherCommunity_isEmpty(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            DeckDryRuns runs = new DeckDryRuns(fresh.database());
            runs.keep("a1", NOTES, UNTIL, NOW, 32);
            runs.keep("a2", NOTES, UNTIL, NOW, 32);

            assertEquals(Optional.empty(), runs.take("a1", "g2", NOW));
            assertEquals(Optional.of(NOTES), runs.take("a1", "g1", UNTIL.minusMillis(1)));
            assertEquals(Optional.empty(), runs.take("a2", "g1", UNTIL));
            assertEquals(List.of(), tokens(fresh.database()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("keeping a dry run deletes the expired ones and the oldest beyond the newest max")
    void keep_deletesExpiredAndOldest(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            DeckDryRuns runs = new DeckDryRuns(fresh.database());
            runs.keep("old", NOTES, NOW.plusSeconds(1), NOW, 3);
            runs.keep("a1", NOTES, UNTIL, NOW, 3);
            runs.keep("a2", NOTES, UNTIL, NOW, 3);
            runs.keep("a3", NOTES, UNTIL, NOW.plusSeconds(1), 3);
            assertEquals(List.of("a1", "a2", "a3"), tokens(fresh.database()));

            runs.keep("a4", NOTES, UNTIL, NOW.plusSeconds(2), 3);
            assertEquals(List.of("a2", "a3", "a4"), tokens(fresh.database()));
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a dry run of a file at the 5 MB deck limit is kept and taken back byte for byte")
    void keep_fileAtTheLimit_takenBackWhole(Backend backend) {
        try (var fresh = TestDatabases.open(backend)) {
            byte[] bytes = new byte[5 * 1024 * 1024];
            new SplittableRandom(5).nextBytes(bytes);
            DeckDryRuns.Pending large = new DeckDryRuns.Pending("g1", "big", "big.csv", bytes, "upload", "");
            DeckDryRuns runs = new DeckDryRuns(fresh.database());
            runs.keep("big", large, UNTIL, NOW, 32);

            assertEquals(Optional.of(large), runs.take("big", "g1", NOW));
        }
    }

    private static List<String> tokens(Database db) {
        return db.jdbc().query("select token from deck_dry_run order by seq", r -> r.getString(1));
    }
}
