package dev.wenda.bot.slack;

import com.slack.api.app_backend.SlackSignature;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds Slack's request bodies and posts them, signed as Slack signs them, to the bot's HTTP endpoint. */
public final class SlackRequests {
    public static final String SECRET = "test-signing-secret";

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String endpoint;

    SlackRequests(int port) {
        this.endpoint = "http://127.0.0.1:" + port + SlackBot.EVENTS_PATH;
    }

    /** Signs with the current time. */
    HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
        long ts = System.currentTimeMillis() / 1000;
        return post(body, contentType, ts, new SlackSignature.Generator(SECRET).generate(String.valueOf(ts), body));
    }

    HttpResponse<String> post(String body, String contentType, long timestamp, String signature)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    public static final String FORM = "application/x-www-form-urlencoded";
    public static final String JSON = "application/json";

    /** The form body of {@code /wenda <text>} as Slack posts it. */
    public static String slashCommand(String channel, String user, String userName, String text, String responseUrl) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", "legacy-verification-token");
        form.put("team_id", "T0001");
        form.put("team_domain", "fake");
        form.put("channel_id", channel);
        form.put("channel_name", "general");
        form.put("user_id", user);
        form.put("user_name", userName);
        form.put("command", "/wenda");
        form.put("text", text);
        form.put("api_app_id", "A0APP");
        form.put("is_enterprise_install", "false");
        form.put("response_url", responseUrl);
        form.put("trigger_id", "1111.2222.3333");
        return encode(form);
    }

    /** The JSON of a slash command as Socket Mode delivers it. */
    static String slashCommandJson(String channel, String user, String text, String responseUrl) {
        return """
                {"token":"t","team_id":"T0001","team_domain":"fake","channel_id":"%s","channel_name":"general",\
                "user_id":"%s","user_name":"%s","command":"/wenda","text":"%s","api_app_id":"A0APP",\
                "is_enterprise_install":"false","response_url":"%s","trigger_id":"1.2.3"}""".formatted(channel, user, user, text, responseUrl);
    }

    /** The form body of a button click ({@code block_actions}) on message {@code messageTs}. */
    public static String blockAction(
            String channel, String user, String messageTs, String actionId, String responseUrl) {
        String payload = """
                {"type":"block_actions","team":{"id":"T0001","domain":"fake"},\
                "user":{"id":"%s","username":"%s","name":"%s","team_id":"T0001"},"api_app_id":"A0APP",\
                "token":"legacy-verification-token","container":{"type":"message","message_ts":"%s",\
                "channel_id":"%s","is_ephemeral":false},"trigger_id":"1111.2222.4444",\
                "channel":{"id":"%s","name":"general"},"message":{"type":"message","user":"U0BOT","text":"q",\
                "ts":"%s"},"response_url":"%s","actions":[{"type":"button","action_id":"%s","block_id":"b1",\
                "text":{"type":"plain_text","text":"x"},"value":"%s","action_ts":"1700000001.000300"}]}""".formatted(
                        user, user, user, messageTs, channel, channel, messageTs, responseUrl, actionId, actionId);
        return encode(Map.of("payload", payload));
    }

    /**
     * The form body of a submitted modal ({@code view_submission}) by {@code user}: {@code values}
     * are the typed text by input name, each input's block id and action id being its name.
     */
    static String viewSubmission(String user, String callbackId, String channel, Map<String, String> values) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode payload = json.createObjectNode()
                .put("type", "view_submission")
                .put("api_app_id", "A0APP")
                .put("token", "legacy-verification-token")
                .put("trigger_id", "1111.2222.5555");
        payload.putObject("team").put("id", "T0001").put("domain", "fake");
        payload.putObject("user")
                .put("id", user)
                .put("username", user)
                .put("name", user)
                .put("team_id", "T0001");
        com.fasterxml.jackson.databind.node.ObjectNode view = payload.putObject("view")
                .put("id", "V0002")
                .put("team_id", "T0001")
                .put("type", "modal")
                .put("callback_id", callbackId)
                .put("private_metadata", channel)
                .put("hash", "1700000000.abc");
        com.fasterxml.jackson.databind.node.ObjectNode state =
                view.putObject("state").putObject("values");
        values.forEach((name, value) -> state.putObject(name)
                .putObject(name)
                .put("type", "plain_text_input")
                .put("value", value));
        payload.putArray("response_urls");
        return encode(Map.of("payload", payload.toString()));
    }

    /** An Events API callback wrapping {@code eventJson}. */
    static String eventCallback(String eventId, String eventJson) {
        return """
                {"token":"t","team_id":"T0001","api_app_id":"A0APP","type":"event_callback","event_id":"%s",\
                "event_time":1700000000,"event":%s,\
                "authorizations":[{"team_id":"T0001","user_id":"U0BOT","is_bot":true}]}""".formatted(eventId, eventJson);
    }

    /** A reply in a thread; {@code parentUser} (the thread author, Slack's parent_user_id) may be null. */
    static String messageInThread(
            String channel, String user, String text, String threadTs, String ts, String parentUser) {
        String parent = parentUser == null ? "" : "\"parent_user_id\":\"" + parentUser + "\",";
        return """
                {"type":"message","channel":"%s","user":"%s","text":"%s","ts":"%s","thread_ts":"%s",%s\
                "event_ts":"%s","channel_type":"channel"}""".formatted(channel, user, text, ts, threadTs, parent, ts);
    }

    static String appMention(String channel, String user, String text, String ts) {
        return """
                {"type":"app_mention","user":"%s","text":"%s","ts":"%s","channel":"%s","event_ts":"%s"}""".formatted(user, text, ts, channel, ts);
    }

    static String appHomeOpened(String user) {
        return """
                {"type":"app_home_opened","user":"%s","channel":"D0HOME","tab":"home","event_ts":"1700000000.1"}""".formatted(user);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
