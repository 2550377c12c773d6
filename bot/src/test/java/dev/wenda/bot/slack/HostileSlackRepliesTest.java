package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.slack.api.util.json.GsonFactory;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.fuzz.Hostile;
import dev.wenda.bot.quiz.HostileSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Every reply that echoes hostile user text, rendered as Block Kit: no {@code <!channel>}, {@code
 * <!here>}, {@code <@U…>} or other Slack control sequence reaches any mrkdwn text or the
 * notification text; the only {@code <…>} sequences left are the bot's own dates and web links.
 */
class HostileSlackRepliesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A Slack control sequence that is not one of the bot's own: a date or a web or mail link. */
    private static final Pattern FOREIGN_CONTROL = Pattern.compile("<(?!!date\\^\\d+\\^|https?://|mailto:)[^>]*>?");

    static final List<String> SAMPLES = Hostile.SAMPLES;
    private static HostileSession session;

    @BeforeAll
    static void open() {
        session = new HostileSession();
    }

    @AfterAll
    static void close() {
        session.close();
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    @DisplayName("hostile text: no mention, broadcast or foreign link reaches Slack text or blocks unescaped")
    void hostileText_everyRenderedMessage_hasNoSlackControlSequences(String hostile) throws IOException {
        BlockKitRenderer renderer = new BlockKitRenderer();
        List<Reply> replies = session.replies(hostile, Platform.SLACK);
        for (Reply reply : replies) {
            List<String> mrkdwn = new ArrayList<>(List.of(renderer.fallbackText(reply)));
            collectMrkdwn(JSON.readTree(GsonFactory.createSnakeCase().toJson(renderer.render(reply))), mrkdwn);
            for (String text : mrkdwn) {
                Matcher m = FOREIGN_CONTROL.matcher(text);
                assertTrue(!m.find(), () -> "Slack would act on " + m.group() + " in: " + text);
            }
        }
    }

    private static void collectMrkdwn(JsonNode node, List<String> out) {
        if (node.isObject() && "mrkdwn".equals(node.path("type").asText())) {
            out.add(node.path("text").asText());
        }
        node.forEach(child -> collectMrkdwn(child, out));
    }
}
