package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static dev.wenda.bot.slack.SlackRequests.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.app_backend.SlackSignature;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.app.PlatformOutboxes;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Real Bolt in HTTP mode (its servlet on our Jetty connector) against the fake Web API. */
class SlackHttpModeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static FakeSlackApi api;
    private static SlackBot bot;
    private static SlackRequests slack;

    @BeforeAll
    static void start() throws Exception {
        api = new FakeSlackApi();
        api.user("U1", "alice", false, "en-US");
        api.user("U2", "bob", false, "en-US");
        api.user("U3", "carol", false, "zh-CN");
        api.user("U4", "dave", true, "en-GB");
        PlatformOutboxes outboxes = new PlatformOutboxes();
        ChatDispatcher service = new ChatDispatcher(
                new StubAsk(), new StubQuiz(outboxes), request -> Reply.privateText("calc"), new HelpService());
        SlackSettings settings = SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                .withApiBaseUrl(api.apiBase())
                .withAdminUsers(Set.of("U5"));
        bot = new SlackBot(settings, service);
        outboxes.register(Platform.SLACK, bot.outbox());
        bot.start();
        slack = new SlackRequests(bot.httpPort());
    }

    @AfterAll
    static void stop() {
        bot.stop();
        api.close();
    }

    @Test
    @DisplayName("a signed /wenda ask is acked empty and answered in the channel with the golden Block Kit")
    void slashAsk_signed_answersWithGoldenBlocks() throws Exception {
        String body = SlackRequests.slashCommand(
                "C0ASK", "U1", "alice", "ask 什么是 BN？ <!channel> <@U2>", api.responseUrl("ask-1"));

        HttpResponse<String> ack = slack.post(body, FORM);

        assertEquals(200, ack.statusCode());
        assertEquals("", ack.body());
        JsonNode response = Golden.parse(api.await("response/ask-1", WAIT).body());
        assertEquals("in_channel", response.get("response_type").asText());
        assertEquals("什么是 Batch Normalization？", response.get("text").asText());
        assertEquals(false, response.get("replace_original").asBoolean());
        Golden.assertMatches("ask-answer", response.get("blocks").toString());
    }

    @Test
    @DisplayName("a request with a wrong signature is rejected with 401 and never answered")
    void badSignature_isRejected() throws Exception {
        String body = SlackRequests.slashCommand("C0BAD", "U1", "alice", "ask x", api.responseUrl("bad-1"));
        long now = System.currentTimeMillis() / 1000;
        String forged = new SlackSignature.Generator("not-the-secret").generate(String.valueOf(now), body);

        HttpResponse<String> response = slack.post(body, FORM, now, forged);

        assertEquals(401, response.statusCode());
        assertEquals("{\"error\":\"invalid request\"}", response.body());
    }

    @Test
    @DisplayName("a correctly signed request older than five minutes is rejected with 401")
    void staleSignature_isRejected() throws Exception {
        String body = SlackRequests.slashCommand("C0OLD", "U1", "alice", "ask x", api.responseUrl("old-1"));
        long stale = System.currentTimeMillis() / 1000 - 6 * 60;
        String signature = new SlackSignature.Generator(SlackRequests.SECRET).generate(String.valueOf(stale), body);

        HttpResponse<String> response = slack.post(body, FORM, stale, signature);

        assertEquals(401, response.statusCode());
    }

    @Test
    @DisplayName(
            "a quiz round: question with buttons, three clicks get ephemeral confirmations, the reveal is a chat.update, then the scoreboard")
    void quizRound_threePlayers_revealsAndScores() throws Exception {
        slack.post(
                SlackRequests.slashCommand(
                        "C0QUIZ", "U1", "alice", "quiz start BN count=1 seconds=20", api.responseUrl("quiz-start")),
                FORM);
        assertEquals(
                "Round started: 1 question on BN.",
                Golden.parse(api.await("response/quiz-start", WAIT).body())
                        .at("/blocks/0/text/text")
                        .asText());
        FakeSlackApi.Call question =
                api.await("chat.postMessage", c -> "C0QUIZ".equals(c.form().get("channel")), WAIT);
        Golden.assertMatches("quiz-question", question.param("blocks"));
        assertEquals("0", question.param("link_names"));
        assertEquals("Bearer xoxb-fake", question.authorization());
        String ts = Golden.parse(question.response()).get("ts").asText();

        String[][] clicks = {{"U1", "A"}, {"U2", "C"}, {"U3", "B"}};
        for (String[] click : clicks) {
            String responseId = "quiz-click-" + click[0];
            HttpResponse<String> ack = slack.post(
                    SlackRequests.blockAction(
                            "C0QUIZ", click[0], ts, "quiz:q1:" + click[1], api.responseUrl(responseId)),
                    FORM);
            assertEquals(200, ack.statusCode());
            JsonNode confirmation =
                    Golden.parse(api.await("response/" + responseId, WAIT).body());
            assertEquals("ephemeral", confirmation.get("response_type").asText());
            assertEquals(
                    "You chose " + click[1] + ". The answer is revealed when the time is up.",
                    confirmation.at("/blocks/0/text/text").asText());
        }

        FakeSlackApi.Call update =
                api.await("chat.update", c -> "C0QUIZ".equals(c.form().get("channel")), WAIT);
        assertEquals(ts, update.param("ts"));
        Golden.assertMatches("quiz-reveal", update.param("blocks"));
        FakeSlackApi.Call scoreboard = api.awaitAll(
                        "chat.postMessage", c -> "C0QUIZ".equals(c.form().get("channel")), 2, WAIT)
                .get(1);
        JsonNode fields = Golden.parse(scoreboard.param("blocks")).at("/2/fields");
        assertEquals(
                List.of("*carol*\n1", "*alice*\n0", "*bob*\n0"),
                List.of(
                        fields.get(0).get("text").asText(),
                        fields.get(1).get("text").asText(),
                        fields.get(2).get("text").asText()));
    }

    @Test
    @DisplayName("a number typed as a reply in the question's thread is graded; replies in other threads are ignored")
    void typedAnswer_inQuestionThread_isGraded() throws Exception {
        slack.post(
                SlackRequests.slashCommand(
                        "C0NUM", "U2", "bob", "quiz start conv kinds=numeric", api.responseUrl("num-start")),
                FORM);
        api.await("response/num-start", WAIT); // the round is set up once the start is answered
        FakeSlackApi.Call question =
                api.await("chat.postMessage", c -> "C0NUM".equals(c.form().get("channel")), WAIT);
        String ts = Golden.parse(question.response()).get("ts").asText();

        HttpResponse<String> elsewhere = slack.post(
                SlackRequests.eventCallback(
                        "Ev-other",
                        SlackRequests.messageInThread("C0NUM", "U2", "144", "1699999999.000001", "1700000100.000001")),
                JSON);
        HttpResponse<String> answer = slack.post(
                SlackRequests.eventCallback(
                        "Ev-answer", SlackRequests.messageInThread("C0NUM", "U2", " 144 ", ts, "1700000100.000002")),
                JSON);

        assertEquals(200, elsewhere.statusCode());
        assertEquals(200, answer.statusCode());
        FakeSlackApi.Call graded =
                api.await("chat.postEphemeral", c -> "C0NUM".equals(c.form().get("channel")), WAIT);
        assertEquals("U2", graded.param("user"));
        assertEquals(ts, graded.param("thread_ts"));
        assertEquals(
                "✅ 144 is right: +1 point for bob.",
                Golden.parse(graded.param("blocks")).at("/0/text/text").asText());
        assertEquals(
                1,
                api.calls("chat.postEphemeral").stream()
                        .filter(c -> "C0NUM".equals(c.form().get("channel")))
                        .count());
    }

    @Test
    @DisplayName("opening the App Home tab publishes the user's stats, the week's board, their groups and how to start")
    void appHomeOpened_publishesHome() throws Exception {
        HttpResponse<String> ack =
                slack.post(SlackRequests.eventCallback("Ev-home", SlackRequests.appHomeOpened("U4")), JSON);

        assertEquals(200, ack.statusCode());
        FakeSlackApi.Call publish =
                api.await("views.publish", c -> "U4".equals(c.form().get("user_id")), WAIT);
        JsonNode view = Golden.parse(publish.param("view"));
        assertEquals("home", view.get("type").asText());
        Golden.assertMatches("home", view.get("blocks").toString());
    }

    @Test
    @DisplayName("the origin carries the users.info name, locale and admin flag, or the configured admin list")
    void origin_fromUsersInfoAndAdminList() throws Exception {
        slack.post(SlackRequests.slashCommand("C0ME", "U3", "carol-legacy", "me", api.responseUrl("me-3")), FORM);
        slack.post(SlackRequests.slashCommand("C0ME", "U4", "dave-legacy", "me", api.responseUrl("me-4")), FORM);
        slack.post(SlackRequests.slashCommand("C0ME", "U5", "erin-legacy", "me", api.responseUrl("me-5")), FORM);

        assertEquals(List.of("carol", "false", "zh-CN"), fieldValues(api.await("response/me-3", WAIT)));
        assertEquals(List.of("dave", "true", "en-GB"), fieldValues(api.await("response/me-4", WAIT)));
        // U5 is unknown to users.info: the payload's name, English, and admin from the configured list.
        assertEquals(List.of("erin-legacy", "true", "en"), fieldValues(api.await("response/me-5", WAIT)));
    }

    @Test
    @DisplayName("a failing handler logs the error and the user gets a short apology")
    void handlerFailure_apologises() throws Exception {
        slack.post(SlackRequests.slashCommand("C0ERR", "U1", "alice", "ask boom", api.responseUrl("boom-1")), FORM);

        JsonNode response = Golden.parse(api.await("response/boom-1", WAIT).body());
        assertEquals("ephemeral", response.get("response_type").asText());
        assertEquals(SafeWorker.APOLOGY, response.at("/blocks/0/text/text").asText());
    }

    @Test
    @DisplayName("bad command input gets the parser's usage message and the Slack hint, only for the user")
    void badInput_getsUsage() throws Exception {
        slack.post(SlackRequests.slashCommand("C0USE", "U1", "alice", "quiz dance", api.responseUrl("usage-1")), FORM);

        JsonNode response = Golden.parse(api.await("response/usage-1", WAIT).body());
        assertEquals("ephemeral", response.get("response_type").asText());
        assertEquals(
                "Usage: quiz start|stop|skip\n\n" + "Type commands after `/wenda`, e.g. `/wenda quiz start BN count=5"
                        + " seconds=20`; `/wenda help` lists them all.",
                response.at("/blocks/0/text/text").asText());
    }

    private static List<String> fieldValues(FakeSlackApi.Call call) throws Exception {
        JsonNode fields = Golden.parse(call.body()).at("/blocks/2/fields");
        return List.of(value(fields.get(0)), value(fields.get(1)), value(fields.get(2)));
    }

    private static String value(JsonNode field) {
        String text = field.get("text").asText();
        return text.substring(text.indexOf('\n') + 1);
    }
}
