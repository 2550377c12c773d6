package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/slack/manifest.yml} asks for what the adapter uses, no more and no less: the slash
 * command and the events the listeners register ({@link SlackListeners#eventTypes()}), and the
 * scopes those events and the Web API methods called in this package need.
 */
class SlackManifestTest {
    private static final Path MANIFEST =
            Path.of(System.getProperty("wenda.deploy", "../deploy")).resolve("slack/manifest.yml");
    private static final Path SOURCES = Path.of("src/main/java/dev/wenda/bot/slack");

    /** Manifest bot event -> the Events API type Bolt dispatches it as, and the scope it needs. */
    private static final Map<String, String[]> EVENTS = Map.of(
            "app_mention", new String[] {"app_mention", "app_mentions:read"},
            "app_home_opened", new String[] {"app_home_opened", ""},
            "message.channels", new String[] {"message", "channels:history"},
            "message.groups", new String[] {"message", "groups:history"},
            "message.im", new String[] {"message", "im:history"},
            "message.mpim", new String[] {"message", "mpim:history"});

    /** Web API method (as MethodsClient names it) -> the bot scope it needs ("" for none). */
    private static final Map<String, String> METHOD_SCOPES = Map.of(
            "chatPostMessage", "chat:write",
            "chatPostEphemeral", "chat:write",
            "chatUpdate", "chat:write",
            "conversationsOpen", "im:write",
            "filesUploadV2", "files:write",
            "usersInfo", "users:read",
            "viewsOpen", "",
            "viewsPublish", "");

    private static final Pattern METHOD_CALL = Pattern.compile("methods\\(\\)\\s*\\.(\\w+)\\(");

    private final JsonNode manifest = read();

    private static JsonNode read() {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(MANIFEST.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + MANIFEST, e);
        }
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> out = new TreeSet<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static Set<String> methodsCalled() throws IOException {
        Set<String> methods = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = METHOD_CALL.matcher(Files.readString(file));
                while (m.find()) {
                    methods.add(m.group(1));
                }
            }
        }
        return methods;
    }

    private static boolean sourcesMention(String text) throws IOException {
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                if (Files.readString(file).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    @DisplayName("the manifest subscribes to exactly the event types the listeners register")
    void botEvents_matchRegisteredListeners() {
        Set<String> subscribed = new TreeSet<>();
        for (String event : texts(manifest.at("/settings/event_subscriptions/bot_events"))) {
            assertTrue(EVENTS.containsKey(event), () -> "no listener type known for manifest event " + event);
            subscribed.add(EVENTS.get(event)[0]);
        }
        assertEquals(new TreeSet<>(SlackListeners.eventTypes()), subscribed);
    }

    @Test
    @DisplayName("the manifest declares the slash command, interactivity, the Home tab and Socket Mode")
    void features_matchTheAdapter() {
        assertEquals(
                SlackListeners.COMMAND,
                manifest.at("/features/slash_commands/0/command").asText());
        assertEquals(1, manifest.at("/features/slash_commands").size());
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean(), "block actions need it");
        assertTrue(manifest.at("/features/app_home/home_tab_enabled").asBoolean(), "app_home_opened publishes it");
        assertTrue(manifest.at("/settings/socket_mode_enabled").asBoolean(), "slack.mode defaults to socket");
    }

    @Test
    @DisplayName("the manifest's bot scopes are exactly those the events and the Web API calls need")
    void scopes_matchEventsAndMethodCalls() throws IOException {
        Set<String> needed = new TreeSet<>();
        needed.add("commands");
        texts(manifest.at("/settings/event_subscriptions/bot_events")).forEach(e -> needed.add(EVENTS.get(e)[1]));
        Set<String> methods = methodsCalled();
        assertTrue(methods.contains("chatPostMessage"), () -> "the scan found " + methods);
        for (String method : methods) {
            assertTrue(
                    METHOD_SCOPES.containsKey(method),
                    () -> method + " is called in the slack package: add its scope to this test and the manifest");
            needed.add(METHOD_SCOPES.get(method));
        }
        if (sourcesMention("getUrlPrivateDownload")) {
            needed.add("files:read"); // a shared file is downloaded from its url_private_download
        }
        needed.remove("");
        assertEquals(needed, texts(manifest.at("/oauth_config/scopes/bot")));
    }
}
