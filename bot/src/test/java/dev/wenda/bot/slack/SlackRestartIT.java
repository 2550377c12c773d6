package dev.wenda.bot.slack;

import static dev.wenda.bot.cli.ServeProcess.freePort;
import static dev.wenda.bot.slack.SlackRequests.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.chat.TextTable;
import dev.wenda.bot.cli.ServeProcess;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.testing.Golden;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One real {@code wenda serve} process (Slack in HTTP mode against the fake Web API, the default H2
 * file database under its working folder) is killed with SIGKILL mid-question and started again
 * with the same configuration. The restarted process, under the same instance id, resumes the round
 * at once (without waiting for the dead process's lease, set here to 60 s) and finishes it; the
 * answers given before the kill are in the final scoreboard, and nothing is counted twice.
 */
class SlackRestartIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Map<String, String> SECRETS =
            Map.of("WENDA_SLACK_BOT_TOKEN", "xoxb-fake", "WENDA_SLACK_SIGNING_SECRET", SlackRequests.SECRET);

    @TempDir
    Path dir;

    private static String config(int opsPort, int slackPort, String apiBase) {
        return """
                instance:
                  id: it-solo
                http:
                  port: %d
                slack:
                  enabled: true
                  mode: http
                  port: %d
                  api-url: %s
                quiz:
                  lease-seconds: 60
                """.formatted(opsPort, slackPort, apiBase);
    }

    /** The action id prefix of a posted question ({@code quiz:<round>:<no>:}). */
    private static String prefix(FakeSlackApi.Call question) throws Exception {
        String button = Golden.parse(question.param("blocks"))
                .at("/3/elements/0/action_id")
                .asText();
        return button.substring(0, button.lastIndexOf(':') + 1);
    }

    private static String ts(FakeSlackApi.Call posted) throws Exception {
        return Golden.parse(posted.response()).get("ts").asText();
    }

    @Test
    @DisplayName("killed with SIGKILL mid-question and restarted with the same id: the round resumes at once and"
            + " finishes with the answers from before the kill, none counted twice")
    void killedAndRestarted_roundResumesWithScoresKept() throws Exception {
        try (FakeSlackApi api = new FakeSlackApi()) {
            api.user("U1", "alice", false, "en-US");
            api.user("U2", "bob", false, "en-US");
            int slackPort = freePort();
            String yaml = config(freePort(), slackPort, api.apiBase());
            SlackRequests slack = new SlackRequests(slackPort);
            String roundId;
            String ts1;
            try (ServeProcess first = ServeProcess.start(dir, "wenda.yaml", yaml, SECRETS)) {
                assertTrue(first.awaitLog("serving: [slack]"), () -> String.join("\n", first.log()));
                slack.post(
                        SlackRequests.slashCommand(
                                "C0IT",
                                "U1",
                                "alice",
                                "quiz start count=2 seconds=10 kinds=choice",
                                api.responseUrl("s")),
                        FORM);
                FakeSlackApi.Call q1 = api.await("chat.postMessage", WAIT);
                ts1 = ts(q1);
                String p1 = prefix(q1);
                roundId = p1.split(":")[1];
                slack.post(SlackRequests.blockAction("C0IT", "U1", ts1, p1 + "0", api.responseUrl("a1")), FORM);
                slack.post(SlackRequests.blockAction("C0IT", "U2", ts1, p1 + "1", api.responseUrl("b1")), FORM);
                assertTrue(api.await("response/a1", WAIT).body().contains("Answer recorded"));
                assertTrue(api.await("response/b1", WAIT).body().contains("Answer recorded"));
                first.kill();
                assertTrue(first.waitFor(10), "still running 10 s after SIGKILL");
                assertEquals(137, first.process().exitValue()); // 128 + SIGKILL: no shutdown hook ran
            }

            try (ServeProcess second = ServeProcess.start(dir, "wenda.yaml", yaml, SECRETS)) {
                assertTrue(second.awaitLog("serving: [slack]"), () -> String.join("\n", second.log()));
                long ready = System.nanoTime();

                // Question 1 is revealed (in place) and question 2 posted, long before the 60 s lease ends.
                FakeSlackApi.Call reveal = api.await("chat.update", WAIT);
                assertEquals(ts1, reveal.param("ts"), () -> api.names() + "\n" + String.join("\n", second.log()));
                FakeSlackApi.Call q2 =
                        api.awaitAll("chat.postMessage", c -> true, 2, WAIT).get(1);
                long resumedAfter = Duration.ofNanos(System.nanoTime() - ready).toSeconds();
                assertTrue(resumedAfter <= 15, "resumed " + resumedAfter + " s after the restart");
                String ts2 = ts(q2);
                String p2 = prefix(q2);
                assertEquals("quiz:" + roundId + ":2:", p2);

                slack.post(SlackRequests.blockAction("C0IT", "U1", ts2, p2 + "0", api.responseUrl("a2")), FORM);
                slack.post(SlackRequests.blockAction("C0IT", "U2", ts2, p2 + "1", api.responseUrl("b2")), FORM);
                assertTrue(api.await("response/a2", WAIT).body().contains("Answer recorded"));
                assertTrue(api.await("response/b2", WAIT).body().contains("Answer recorded"));
                // A second click and a click on the closed first question change nothing.
                slack.post(SlackRequests.blockAction("C0IT", "U1", ts2, p2 + "1", api.responseUrl("a2again")), FORM);
                slack.post(
                        SlackRequests.blockAction("C0IT", "U2", ts1, p1(roundId) + "0", api.responseUrl("b1late")),
                        FORM);
                assertTrue(api.await("response/a2again", WAIT).body().contains("You already answered"));
                assertTrue(api.await("response/b1late", WAIT).body().contains("Too late"));

                FakeSlackApi.Call board =
                        api.awaitAll("chat.postMessage", c -> true, 3, WAIT).get(2);
                JsonNode blocks = Golden.parse(board.param("blocks"));
                assertEquals("Round over", blocks.at("/0/text/text").asText());
                String posted = blocks.at("/1/text/text").asText();

                second.terminate();
                assertTrue(second.waitFor(15), "still running 15 s after SIGTERM");

                try (Database db = Database.open(StoreConfig.h2File(dir.resolve("data")))) {
                    QuizStore store = new QuizStore(db);
                    RoundRow round = store.round(roundId).orElseThrow();
                    assertFalse(round.open());
                    assertEquals(2, round.currentNo());
                    List<AnswerRow> rows = new ArrayList<>(store.answers(roundId, 1));
                    rows.addAll(store.answers(roundId, 2));
                    rows.sort(Comparator.comparing(AnswerRow::no).thenComparing(AnswerRow::userId));
                    assertEquals(
                            List.of("1 U1 A", "1 U2 B", "2 U1 A", "2 U2 B"),
                            rows.stream()
                                    .map(r -> r.no() + " " + r.userId() + " " + r.answer())
                                    .toList());
                    assertEquals(posted, expectedBoard(rows), posted);
                }
            }
        }
    }

    private static String p1(String roundId) {
        return "quiz:" + roundId + ":1:";
    }

    /** The scoreboard the rows imply: points, then correct answers, then name; each player once. */
    private static String expectedBoard(List<AnswerRow> rows) {
        record Score(String name, long points, int correct, int answered, int streak) {}
        Map<String, Score> byUser = new TreeMap<>();
        for (AnswerRow r : rows) {
            Score s = byUser.getOrDefault(r.userId(), new Score(r.userName(), 0, 0, 0, 0));
            byUser.put(
                    r.userId(),
                    new Score(
                            s.name(),
                            s.points() + r.points(),
                            s.correct() + (r.correct() ? 1 : 0),
                            s.answered() + 1,
                            Math.max(s.streak(), r.streak())));
        }
        List<Score> ranked = byUser.values().stream()
                .sorted(Comparator.comparingLong(Score::points)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(Score::correct).reversed())
                        .thenComparing(Score::name))
                .toList();
        TextTable table = new TextTable(
                List.of("#", "player", "points", "correct", "streak"), List.of(true, false, true, true, true));
        int rank = 1;
        for (Score s : ranked) {
            table.add(List.of(
                    Integer.toString(rank++),
                    s.name(),
                    Long.toString(s.points()),
                    s.correct() + "/" + s.answered(),
                    Integer.toString(s.streak())));
        }
        return table.toMarkdown();
    }
}
