package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.CuttableLink;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * PostgreSQL behind a partition (packets held, nothing reset): an answer's time is when it arrived,
 * whatever the store then takes, and a receipt given during an outage tells the truth.
 */
class PartitionAnswersTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");

    @Test
    @Timeout(value = 90, unit = TimeUnit.SECONDS)
    @DisplayName("an answer given in time whose store call is held past the deadline counts, with its arrival time")
    void answerHeldPastDeadline_countsWithArrivalTime() throws Exception {
        try (var fresh = TestDatabases.open(Backend.POSTGRES);
                var link = CuttableLink.toPostgres(fresh.postgresUrl());
                var db = Database.open(StoreConfig.url(link.route(fresh.postgresUrl()))
                        .withSchema(fresh.schema())
                        .withPoolSize(4)
                        .withConnectTimeout(Duration.ofSeconds(1)))) {
            Harness h = new Harness(db, Fixtures.bank(20), "bot-1", new ManualClock(Harness.T0));
            h.start(ALICE, "", 2, 30, "choice");
            String id = h.round(ALICE).id();
            String right1 = h.option(id, 1, true);
            h.clock.advance(Duration.ofSeconds(3));
            long arrival = h.clock.millis();

            link.hold();
            CompletableFuture<Reply> bob = CompletableFuture.supplyAsync(() -> h.click(BOB, right1));
            assertTrue(link.awaitHeld(1, Duration.ofSeconds(20)), "the click never reached the store");
            h.clock.advance(Duration.ofSeconds(40)); // the partition outlasts the question's 30 s
            link.release();

            assertEquals(
                    "Answer recorded: " + letter(h, id),
                    bob.get(20, TimeUnit.SECONDS).markdown());
            List<AnswerRow> answers = h.store.answers(id, 1);
            assertEquals(
                    List.of("u-bob"), answers.stream().map(AnswerRow::userId).toList());
            assertEquals(arrival, answers.getFirst().answeredAt());
            assertTrue(answers.getFirst().firstCorrect());
        }
    }

    @Test
    @DisplayName("a repeat answer during an outage is told it does not count, not that it counts later")
    void repeatAnswerDuringOutage_isToldItDoesNotCount() {
        try (var fresh = TestDatabases.open(Backend.POSTGRES);
                var link = CuttableLink.toPostgres(fresh.postgresUrl());
                var db = Database.open(StoreConfig.url(link.route(fresh.postgresUrl()))
                        .withSchema(fresh.schema())
                        .withPoolSize(4)
                        .withConnectTimeout(Duration.ofMillis(300)))) {
            Harness h = new Harness(db, Fixtures.bank(20), "bot-1", new ManualClock(Harness.T0));
            h.start(ALICE, "", 2, 30, "choice");
            String id = h.round(ALICE).id();
            String right1 = h.option(id, 1, true);
            String wrong1 = h.option(id, 1, false);
            h.clock.advance(Duration.ofSeconds(3));
            assertEquals(
                    "Answer recorded: " + letter(h, id), h.click(ALICE, right1).markdown());

            link.cut();
            h.clock.advance(Duration.ofSeconds(3));
            assertEquals(
                    "You already answered question 1; your first answer counts.",
                    h.click(ALICE, wrong1).markdown());
        }
    }

    private static String letter(Harness h, String id) {
        return String.valueOf((char) ('A' + ((Question.Options) h.question(id, 1)).correct()));
    }
}
