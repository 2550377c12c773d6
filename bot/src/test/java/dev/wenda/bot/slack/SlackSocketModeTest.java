package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.slack.fake.FakeSocketModeServer;
import dev.wenda.bot.testing.Golden;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Real Bolt Socket Mode (Tyrus client) against the fake Web API and the fake Socket Mode server. */
class SlackSocketModeTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private static FakeSlackApi api;
    private static FakeSocketModeServer socket;
    private static SlackBot bot;

    @BeforeAll
    static void start() throws Exception {
        api = new FakeSlackApi();
        socket = new FakeSocketModeServer();
        api.socketModeUrl(socket.url());
        api.user("U1", "alice", false, "en-US");
        ChatDispatcher service = new ChatDispatcher(
                new StubAsk(),
                request -> Reply.privateText("quiz"),
                request -> Reply.privateText("calc"),
                new HelpService());
        bot = new SlackBot(
                SlackSettings.socketMode(() -> "xoxb-fake", () -> "xapp-fake").withApiBaseUrl(api.apiBase()), service);
        bot.start();
        socket.awaitConnected(WAIT);
    }

    @AfterAll
    static void stop() throws Exception {
        bot.stop();
        socket.close();
        api.close();
    }

    @Test
    @DisplayName("the app token opens the Socket Mode connection, which then answers pings")
    void connectionsOpen_usesAppToken() throws Exception {
        assertEquals(
                "Bearer xapp-fake", api.await("apps.connections.open", WAIT).authorization());
        assertTrue(bot.connected());
    }

    @Test
    @DisplayName("an interactive envelope (a feedback button) is acked and answered through its response_url")
    void interactiveEnvelope_isAckedAndAnswered() throws Exception {
        String form = SlackRequests.blockAction(
                "C0SOCK", "U1", "1700000000.000001", "feedback:up:000_x#1", api.responseUrl("sock-click"));
        String payload = URLDecoder.decode(form.substring("payload=".length()), StandardCharsets.UTF_8);
        socket.send("""
                {"envelope_id":"env-click","type":"interactive","accepts_response_payload":false,"payload":%s}""".formatted(payload));

        assertEquals("{\"envelope_id\":\"env-click\"}", socket.awaitAck("env-click", WAIT));
        JsonNode response = Golden.parse(api.await("response/sock-click", WAIT).body());
        assertEquals("ephemeral", response.get("response_type").asText());
        assertEquals(
                "Thanks for the feedback!", response.at("/blocks/0/text/text").asText());
    }

    @Test
    @DisplayName("a slash command envelope is acked and answered through its response_url")
    void slashCommandEnvelope_isAckedAndAnswered() throws Exception {
        socket.send("""
                {"envelope_id":"env-cmd","type":"slash_commands","accepts_response_payload":true,"payload":%s}""".formatted(
                        SlackRequests.slashCommandJson("C0SOCK", "U1", "ask what is BN", api.responseUrl("sock-cmd"))));

        assertEquals("{\"envelope_id\":\"env-cmd\"}", socket.awaitAck("env-cmd", WAIT));
        JsonNode response = Golden.parse(api.await("response/sock-cmd", WAIT).body());
        assertEquals("in_channel", response.get("response_type").asText());
        assertEquals(
                "什么是 Batch Normalization？", response.at("/blocks/0/text/text").asText());
        assertEquals(
                StubAsk.ANSWER_MRKDWN + "what is BN",
                response.at("/blocks/1/text/text").asText());
    }

    @Test
    @DisplayName("an app_mention envelope is acked and the answer goes to a thread under the mention")
    void appMentionEnvelope_isAckedAndAnsweredInThread() throws Exception {
        socket.send("""
                {"envelope_id":"env-mention","type":"events_api","accepts_response_payload":false,"retry_attempt":0,\
                "retry_reason":"","payload":%s}""".formatted(SlackRequests.eventCallback(
                "Ev-mention",
                SlackRequests.appMention("C0MENTION", "U1", "<@U0BOT> what is BN", "1700000200.000100"))));

        assertEquals("{\"envelope_id\":\"env-mention\"}", socket.awaitAck("env-mention", WAIT));
        FakeSlackApi.Call answer =
                api.await("chat.postMessage", c -> "C0MENTION".equals(c.form().get("channel")), WAIT);
        assertEquals("1700000200.000100", answer.param("thread_ts"));
        assertEquals("什么是 Batch Normalization？", answer.param("text"));
        assertEquals(
                StubAsk.ANSWER_MRKDWN + "what is BN",
                Golden.parse(answer.param("blocks")).at("/1/text/text").asText());
    }
}
