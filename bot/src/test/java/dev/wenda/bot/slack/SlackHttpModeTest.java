package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.slack.api.app_backend.SlackSignature;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.testing.Golden;
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
        ChatDispatcher service = new ChatDispatcher(
                new StubAsk(),
                SlackHttpModeTest::echoOrigin,
                request -> Reply.text("RF = 5")
                        .withAttachment(new Reply.Attachment("receptive-field.png", "fake-png".getBytes(UTF_8))),
                new HelpService());
        SlackSettings settings = SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                .withApiBaseUrl(api.apiBase())
                .withAdminUsers(Set.of("U5"));
        bot = new SlackBot(settings, service);
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
        Golden.assertMatches("slack/ask-answer", response.get("blocks").toString());
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
        assertEquals(
                Messages.EN.text("chat.apology"),
                response.at("/blocks/0/text/text").asText());
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

    @Test
    @DisplayName("the HTTP endpoint reports itself connected while it runs")
    void connected_whileServing() {
        assertTrue(bot.connected());
    }

    @Test
    @DisplayName("a public reply with a drawing is followed by the file, uploaded to the channel (files upload v2)")
    void drawing_isUploadedAfterTheReply() throws Exception {
        slack.post(
                SlackRequests.slashCommand("C0CALC", "U1", "alice", "calc rf 3x3s1 3x3s1", api.responseUrl("calc-1")),
                FORM);

        JsonNode reply = Golden.parse(api.await("response/calc-1", WAIT).body());
        assertEquals("RF = 5", reply.at("/blocks/0/text/text").asText());
        assertEquals(
                "📎 _receptive-field.png follows as a file._",
                reply.at("/blocks/1/elements/0/text").asText());
        FakeSlackApi.Call url = api.await("files.getUploadURLExternal", WAIT);
        assertEquals("receptive-field.png", url.param("filename"));
        assertEquals("8", url.param("length"));
        assertEquals("fake-png", api.await("upload/F0001", WAIT).body());
        FakeSlackApi.Call complete = api.await(
                "files.completeUploadExternal", c -> "C0CALC".equals(c.form().get("channel_id")), WAIT);
        assertEquals("[{\"id\":\"F0001\",\"title\":\"receptive-field.png\"}]", complete.param("files"));
    }

    @Test
    @DisplayName("when the upload fails the reply stands and the user is told privately why the file is missing")
    void failedUpload_isExplainedPrivately() throws Exception {
        slack.post(
                SlackRequests.slashCommand("C0NOTIN", "U1", "alice", "calc rf 3x3s1", api.responseUrl("calc-2")), FORM);

        List<FakeSlackApi.Call> responses = api.awaitAll("response/calc-2", c -> true, 2, WAIT);
        assertEquals(
                "in_channel",
                Golden.parse(responses.get(0).body()).get("response_type").asText());
        JsonNode note = Golden.parse(responses.get(1).body());
        assertEquals("ephemeral", note.get("response_type").asText());
        assertEquals(
                Messages.EN.text("slack.uploadFailed"),
                note.at("/blocks/0/text/text").asText());
    }

    @Test
    @DisplayName("events the bot does not handle (an edited message) are acked so Slack does not retry them")
    void unhandledEvent_isAcked() throws Exception {
        String edited = """
                {"type":"message","subtype":"message_changed","channel":"C0EDIT","hidden":true,\
                "ts":"1700000300.000001","event_ts":"1700000300.000001","channel_type":"channel",\
                "message":{"type":"message","user":"U1","text":"edited","ts":"1700000299.000001"}}""";

        HttpResponse<String> ack = slack.post(SlackRequests.eventCallback("Ev-edit", edited), SlackRequests.JSON);

        assertEquals(200, ack.statusCode());
    }

    @Test
    @DisplayName("a private reply's file (a review export) is uploaded to the user's direct messages, not the channel")
    void privateFile_isUploadedToDirectMessages() throws Exception {
        slack.post(
                SlackRequests.slashCommand("C0REV", "U2", "bob", "review export csv", api.responseUrl("export-1")),
                FORM);

        JsonNode reply = Golden.parse(api.await("response/export-1", WAIT).body());
        assertEquals("ephemeral", reply.get("response_type").asText());
        assertEquals(
                "📎 _wenda-review.csv follows in a direct message._",
                reply.at("/blocks/1/elements/0/text").asText());
        assertEquals("U2", api.await("conversations.open", WAIT).param("users"));
        FakeSlackApi.Call complete = api.await(
                "files.completeUploadExternal", c -> "D0U2".equals(c.form().get("channel_id")), WAIT);
        assertTrue(complete.param("files").contains("wenda-review.csv"), complete.param("files"));
    }

    /** Stands in for the quiz family: {@code me} shows the origin the adapter built; an export sends a file. */
    private static Reply echoOrigin(ChatRequest request) {
        Origin origin = request.origin();
        if (request instanceof ChatRequest.ReviewExport) {
            return Reply.privateText("Your review queue")
                    .withAttachment(new Reply.Attachment("wenda-review.csv", "entry\r\n".getBytes(UTF_8)));
        }
        return Reply.text("origin")
                .withTitle("Your stats")
                .withFields(List.of(
                        new Reply.Field("name", UserText.quote(origin.userName()), true),
                        new Reply.Field("admin", String.valueOf(origin.admin()), true),
                        new Reply.Field("locale", origin.locale().toLanguageTag(), true)))
                .asEphemeral();
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
