package dev.wenda.bot.slack;

import static dev.wenda.bot.cli.ServeProcess.freePort;
import static dev.wenda.bot.slack.SlackRequests.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.cli.ServeProcess;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.testing.Golden;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two real {@code wenda serve} processes (Slack in HTTP mode against the fake Web API) on one
 * PostgreSQL. The process that started a quiz round is killed with SIGKILL mid-question; the other
 * takes the round over within 15 s and finishes it, with every answer kept and none counted twice.
 */
class SlackTakeoverIT {
    private static final Duration WAIT = Duration.ofSeconds(45);

    @TempDir
    Path dir;

    private static String config(String id, int opsPort, int slackPort, String apiBase, String dbUrl) {
        return """
                instance:
                  id: %s
                http:
                  port: %d
                db:
                  url: "%s"
                slack:
                  enabled: true
                  mode: http
                  port: %d
                  api-url: %s
                quiz:
                  lease-seconds: 10
                """.formatted(id, opsPort, dbUrl, slackPort, apiBase);
    }

    @Test
    @DisplayName("the round's owner is killed mid-question: the other process takes over within 15 s and finishes"
            + " the round with every answer counted once")
    void ownerKilled_otherProcessFinishesRound() throws Exception {
        Map<String, String> secrets =
                Map.of("WENDA_SLACK_BOT_TOKEN", "xoxb-fake", "WENDA_SLACK_SIGNING_SECRET", SlackRequests.SECRET);
        try (FakeSlackApi api = new FakeSlackApi();
                var db = TestDatabases.open(TestDatabases.Backend.POSTGRES)) {
            api.user("U1", "alice", false, "en-US");
            api.user("U2", "bob", false, "en-US");
            String dbUrl =
                    db.postgresUrl() + (db.postgresUrl().contains("?") ? "&" : "?") + "currentSchema=" + db.schema();
            int slackA = freePort();
            int slackB = freePort();
            try (ServeProcess a = ServeProcess.start(
                            dir, "a.yaml", config("it-a", freePort(), slackA, api.apiBase(), dbUrl), secrets);
                    ServeProcess b = ServeProcess.start(
                            dir, "b.yaml", config("it-b", freePort(), slackB, api.apiBase(), dbUrl), secrets)) {
                assertTrue(a.awaitLog("serving: [slack]"), () -> String.join("\n", a.log()));
                assertTrue(b.awaitLog("serving: [slack]"), () -> String.join("\n", b.log()));
                SlackRequests toA = new SlackRequests(slackA);
                SlackRequests toB = new SlackRequests(slackB);

                toA.post(
                        SlackRequests.slashCommand(
                                "C0IT",
                                "U1",
                                "alice",
                                "quiz start count=2 seconds=10 kinds=choice",
                                api.responseUrl("s")),
                        FORM);
                FakeSlackApi.Call q1 = api.await("chat.postMessage", WAIT);
                String ts = Golden.parse(q1.response()).get("ts").asText();
                String button = Golden.parse(q1.param("blocks"))
                        .at("/3/elements/0/action_id")
                        .asText();
                String prefix = button.substring(0, button.lastIndexOf(':') + 1);
                // Question 1: alice answers through A, bob through B; then A dies.
                toA.post(SlackRequests.blockAction("C0IT", "U1", ts, prefix + "0", api.responseUrl("a1")), FORM);
                toB.post(SlackRequests.blockAction("C0IT", "U2", ts, prefix + "1", api.responseUrl("b1")), FORM);
                api.await("response/a1", WAIT);
                api.await("response/b1", WAIT);
                a.kill();
                long killed = System.nanoTime();

                // B reveals question 1 (it closed while nobody held the round) and posts question 2.
                FakeSlackApi.Call reveal = api.await("chat.update", WAIT);
                long takeover = Duration.ofNanos(System.nanoTime() - killed).toSeconds();
                assertTrue(takeover <= 15, "took over after " + takeover + " s");
                assertEquals(ts, reveal.param("ts"));
                FakeSlackApi.Call q2 =
                        api.awaitAll("chat.postMessage", c -> true, 2, WAIT).get(1);
                String ts2 = Golden.parse(q2.response()).get("ts").asText();
                String button2 = Golden.parse(q2.param("blocks"))
                        .at("/3/elements/0/action_id")
                        .asText();
                String prefix2 = button2.substring(0, button2.lastIndexOf(':') + 1);
                toB.post(SlackRequests.blockAction("C0IT", "U1", ts2, prefix2 + "0", api.responseUrl("a2")), FORM);
                toB.post(SlackRequests.blockAction("C0IT", "U2", ts2, prefix2 + "1", api.responseUrl("b2")), FORM);
                api.await("response/a2", WAIT);
                api.await("response/b2", WAIT);

                FakeSlackApi.Call board =
                        api.awaitAll("chat.postMessage", c -> true, 3, WAIT).get(2);
                JsonNode blocks = Golden.parse(board.param("blocks"));
                assertEquals("Round over", blocks.at("/0/text/text").asText());
                assertTrue(b.awaitLog("took over 1 quiz round"), () -> String.join("\n", b.log()));

                // The scoreboard agrees with the answers stored: two per player, at most one first-correct per
                // question.
                var jdbc = db.database().jdbc();
                assertEquals(
                        java.util.List.of("it-b"), jdbc.query("select owner from rounds", row -> row.getString(1)));
                assertEquals(
                        java.util.List.of(2L, 2L),
                        jdbc.query(
                                "select count(*) from answers group by user_id order by user_id",
                                row -> row.getLong(1)));
                assertTrue(jdbc
                        .query(
                                "select count(*) from answers where first_correct group by question_no",
                                row -> row.getLong(1))
                        .stream()
                        .allMatch(n -> n == 1));
                Map<String, Long> stored = new TreeMap<>();
                jdbc.query(
                                "select user_name, sum(points) from answers group by user_name",
                                row -> stored.put(row.getString(1), row.getLong(2)))
                        .size();
                String table = blocks.at("/1/text/text").asText();
                stored.forEach((name, points) -> assertTrue(
                        table.lines().anyMatch(l -> l.matches(".*\\b" + name + "\\s+" + points + "\\s.*")), table));
            }
        }
    }
}
