package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static dev.wenda.bot.slack.SlackRequests.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.app.PlatformOutboxes;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.Fixtures;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.ManualScheduler;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.testing.Golden;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real quiz engine, leaderboards and groups (in-memory H2, manual clock and scheduler) behind
 * the dispatcher, driven through real Bolt in HTTP mode against the fake Web API.
 */
class SlackQuizTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private FakeSlackApi api;
    private TestDatabases.Fresh db;
    private ManualScheduler scheduler;
    private SettledOutbox outbox;
    private SlackBot bot;
    private SlackRequests slack;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        api.user("U1", "alice", false, "en-US");
        api.user("U2", "bob", false, "en-US");
        api.user("U3", "carol", false, "en-US");
        api.user("U4", "dave", true, "en-US");
        db = TestDatabases.open(TestDatabases.Backend.H2);
        ManualClock clock = new ManualClock(T0);
        scheduler = new ManualScheduler(clock);
        PlatformOutboxes outboxes = new PlatformOutboxes();
        QuizService quiz = Fixtures.quizService(
                db.database(), new BankQuestionPool(Fixtures.bank(40)), outboxes, scheduler, clock, 42);
        ChatDispatcher service =
                new ChatDispatcher(new StubAsk(), quiz, request -> Reply.privateText("calc"), new HelpService());
        bot = new SlackBot(
                SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                        .withApiBaseUrl(api.apiBase()),
                service);
        outbox = new SettledOutbox(bot.outbox());
        outboxes.register(Platform.SLACK, outbox);
        bot.start();
        slack = new SlackRequests(bot.httpPort());
    }

    @AfterEach
    void stop() {
        bot.stop();
        db.close();
        api.close();
    }

    @Test
    @DisplayName(
            "a round with three players: buttons, ephemeral confirmations, reveal by chat.update naming the winner, scoreboard")
    void threePlayers_twoWrongOneRight() throws Exception {
        slack.post(
                SlackRequests.slashCommand(
                        "C0QUIZ",
                        "U1",
                        "alice",
                        "quiz start cnn count=1 seconds=30 kinds=choice",
                        api.responseUrl("start")),
                FORM);
        JsonNode started = Golden.parse(api.await("response/start", WAIT).body());
        assertEquals("in_channel", started.get("response_type").asText());
        assertEquals(
                "alice started a quiz: cnn, 1 questions, 30 s each.",
                started.at("/blocks/0/text/text").asText());
        outbox.awaitPost(WAIT);
        FakeSlackApi.Call posted = api.await("chat.postMessage", WAIT);
        String ts = Golden.parse(posted.response()).get("ts").asText();
        JsonNode question = Golden.parse(posted.param("blocks"));
        assertEquals("Quiz 1/1 · choice", question.at("/0/text/text").asText());
        assertEquals(
                "⏱ Closes <!date^" + T0.plusSeconds(30).getEpochSecond() + "^{time_secs}|01:00:30 UTC>",
                question.at("/2/elements/0/text").asText());
        List<String> buttons = new ArrayList<>();
        question.at("/3/elements")
                .forEach(b -> buttons.add(b.get("text").get("text").asText()));
        assertEquals(List.of("A", "B", "C", "D"), buttons);
        int right = rightOption(question.at("/1/text/text").asText());
        String roundButton = question.at("/3/elements/0/action_id").asText();
        String prefix = roundButton.substring(0, roundButton.lastIndexOf(':') + 1);

        String[][] clicks = {
            {"U1", String.valueOf((right + 1) % 4)},
            {"U2", String.valueOf((right + 2) % 4)},
            {"U3", String.valueOf(right)}
        };
        for (String[] click : clicks) {
            HttpResponse<String> ack = slack.post(
                    SlackRequests.blockAction(
                            "C0QUIZ", click[0], ts, prefix + click[1], api.responseUrl("click-" + click[0])),
                    FORM);
            assertEquals(200, ack.statusCode());
            JsonNode confirmation =
                    Golden.parse(api.await("response/click-" + click[0], WAIT).body());
            assertEquals("ephemeral", confirmation.get("response_type").asText());
            assertEquals(
                    "Answer recorded: " + "ABCD".charAt(Integer.parseInt(click[1])),
                    confirmation.at("/blocks/0/text/text").asText());
        }

        scheduler.advance(Duration.ofSeconds(30));

        FakeSlackApi.Call update = api.await("chat.update", WAIT);
        assertEquals(ts, update.param("ts"));
        assertEquals("C0QUIZ", update.param("channel"));
        JsonNode revealed = Golden.parse(update.param("blocks"));
        assertEquals("Quiz 1/1 · answer", revealed.at("/0/text/text").asText());
        String body = revealed.at("/1/text/text").asText();
        assertTrue(body.startsWith("*Question "), body);
        assertTrue(body.contains("\n\n✅ *" + "ABCD".charAt(right) + ".* Answer "), body);
        assertTrue(body.endsWith("\n\nCorrect: ⚡carol +170"), body);
        FakeSlackApi.Call scoreboard =
                api.awaitAll("chat.postMessage", c -> true, 2, WAIT).get(1);
        JsonNode board = Golden.parse(scoreboard.param("blocks"));
        assertEquals("Round over", board.at("/0/text/text").asText());
        assertEquals(
                "```\n#  player  points  correct  streak\n1  carol      170      1/1       1\n"
                        + "2  alice        0      0/1       0\n3  bob          0      0/1       0\n```",
                board.at("/1/text/text").asText());
    }

    @Test
    @DisplayName("a number typed as a reply in the question's thread is graded; replies in other threads are ignored")
    void typedNumber_inQuestionThread_isGraded() throws Exception {
        slack.post(
                SlackRequests.slashCommand(
                        "C0NUM", "U2", "bob", "quiz start count=1 seconds=30 kinds=numeric", api.responseUrl("start")),
                FORM);
        api.await("response/start", WAIT);
        outbox.awaitPost(WAIT);
        FakeSlackApi.Call posted = api.await("chat.postMessage", WAIT);
        String ts = Golden.parse(posted.response()).get("ts").asText();
        String prompt = Golden.parse(posted.param("blocks")).at("/1/text/text").asText();
        Matcher sum = Pattern.compile("^\\*(\\d+) \\+ \\1 = \\?\\*").matcher(prompt);
        assertTrue(sum.find(), prompt);
        String answer = String.valueOf(2 * Integer.parseInt(sum.group(1)));

        HttpResponse<String> elsewhere = slack.post(
                SlackRequests.eventCallback(
                        "Ev-other",
                        SlackRequests.messageInThread(
                                "C0NUM", "U1", answer, "1699999999.000001", "1700000100.000001", "U1")),
                JSON);
        HttpResponse<String> typed = slack.post(
                SlackRequests.eventCallback(
                        "Ev-answer",
                        SlackRequests.messageInThread("C0NUM", "U2", answer, ts, "1700000100.000002", "U0BOT")),
                JSON);
        // Without parent_user_id the adapter still knows the thread: its outbox posted the question.
        HttpResponse<String> wrong = slack.post(
                SlackRequests.eventCallback(
                        "Ev-wrong", SlackRequests.messageInThread("C0NUM", "U3", "1", ts, "1700000100.000003", null)),
                JSON);

        assertEquals(List.of(200, 200, 200), List.of(elsewhere.statusCode(), typed.statusCode(), wrong.statusCode()));
        List<FakeSlackApi.Call> confirmations = api.awaitAll("chat.postEphemeral", c -> true, 2, WAIT);
        FakeSlackApi.Call bob = confirmations.stream()
                .filter(c -> c.param("user").equals("U2"))
                .findFirst()
                .orElseThrow();
        assertEquals(ts, bob.param("thread_ts"));
        assertEquals(
                "Answer recorded: " + answer,
                Golden.parse(bob.param("blocks")).at("/0/text/text").asText());
        FakeSlackApi.Call carol = confirmations.stream()
                .filter(c -> c.param("user").equals("U3"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Answer recorded: 1",
                Golden.parse(carol.param("blocks")).at("/0/text/text").asText());
        scheduler.advance(Duration.ofSeconds(30));
        String revealed = Golden.parse(api.await("chat.update", WAIT).param("blocks"))
                .at("/1/text/text")
                .asText();
        assertTrue(revealed.endsWith("Correct: ⚡bob +170"), revealed);
        assertEquals(2, api.calls("chat.postEphemeral").size());
    }

    @Test
    @DisplayName("opening the App Home tab publishes the user's stats, the week's board, their groups and how to start")
    void appHomeOpened_publishesHome() throws Exception {
        slack.post(
                SlackRequests.slashCommand("C0G", "U4", "dave", "group create cnn-study", api.responseUrl("g")), FORM);
        api.await("response/g", WAIT);
        slack.post(
                SlackRequests.slashCommand(
                        "C0G", "U4", "dave", "quiz start cnn count=1 seconds=30 kinds=choice", api.responseUrl("s")),
                FORM);
        api.await("response/s", WAIT);
        outbox.awaitPost(WAIT);
        FakeSlackApi.Call posted = api.await("chat.postMessage", WAIT);
        JsonNode question = Golden.parse(posted.param("blocks"));
        String button = question.at("/3/elements/0/action_id").asText();
        String rightButton = button.substring(0, button.lastIndexOf(':') + 1)
                + rightOption(question.at("/1/text/text").asText());
        slack.post(
                SlackRequests.blockAction(
                        "C0G",
                        "U4",
                        Golden.parse(posted.response()).get("ts").asText(),
                        rightButton,
                        api.responseUrl("c")),
                FORM);
        api.await("response/c", WAIT);
        scheduler.advance(Duration.ofSeconds(30));
        api.awaitAll("chat.postMessage", c -> true, 2, WAIT);

        HttpResponse<String> ack =
                slack.post(SlackRequests.eventCallback("Ev-home", SlackRequests.appHomeOpened("U4")), JSON);

        assertEquals(200, ack.statusCode());
        FakeSlackApi.Call publish = api.await("views.publish", WAIT);
        assertEquals("U4", publish.param("user_id"));
        JsonNode view = Golden.parse(publish.param("view"));
        assertEquals("home", view.get("type").asText());
        Golden.assertMatches("slack/home", view.get("blocks").toString());
    }

    /** The index of the option that is the asked entry's own answer ("Question 7 …" → "Answer 7 …"). */
    private static int rightOption(String questionText) {
        Matcher asked = Pattern.compile("Question (\\d+) about").matcher(questionText);
        assertTrue(asked.find(), questionText);
        Matcher option = Pattern.compile("\\*([ABCD])\\.\\* Answer " + asked.group(1) + " explains")
                .matcher(questionText);
        assertTrue(option.find(), questionText);
        return "ABCD".indexOf(option.group(1));
    }
}
