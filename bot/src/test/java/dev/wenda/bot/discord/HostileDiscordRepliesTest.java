package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.fuzz.Hostile;
import dev.wenda.bot.quiz.HostileSession;
import java.io.IOException;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every reply that echoes hostile user text, rendered for Discord, pings nobody and links nowhere. */
class HostileDiscordRepliesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Parser MARKDOWN = Parser.builder().build();
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

    /** Link destinations Discord would render in {@code text} (it follows CommonMark for links). */
    private static List<String> links(String text) {
        List<String> found = new java.util.ArrayList<>();
        MARKDOWN.parse(text).accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                found.add(link.getDestination());
            }
        });
        return found;
    }

    @ParameterizedTest
    @FieldSource("SAMPLES")
    @DisplayName("hostile text: every rendered message and page allows no mentions and holds no link from the user")
    void hostileText_everyRenderedMessage_allowsNoMentionsAndNoScriptLinks(String hostile) throws IOException {
        DiscordRenderer renderer = new DiscordRenderer();
        List<Reply> replies = session.replies(hostile, Platform.DISCORD);
        for (Reply reply : replies) {
            DiscordRenderer.Rendered rendered = renderer.render(reply);
            JsonNode json = JSON.readTree(rendered.message().toData().toJson());
            JsonNode mentions = json.path("allowed_mentions");
            assertEquals("[]", mentions.path("parse").toString(), reply::markdown);
            assertFalse(mentions.path("replied_user").asBoolean(true), reply::markdown);
            assertEquals(
                    0, mentions.path("users").size() + mentions.path("roles").size(), reply::markdown);
            List<String> shown =
                    new java.util.ArrayList<>(List.of(json.path("content").asText()));
            json.path("embeds").forEach(embed -> {
                shown.add(embed.path("description").asText());
                embed.path("fields")
                        .forEach(field -> shown.add(field.path("value").asText()));
            });
            for (String text : shown) {
                assertEquals(List.of(), links(text), text);
            }
            assertEquals(
                    "[]",
                    JSON.readTree(renderer.page(reply.markdown()).toData().toJson())
                            .path("allowed_mentions")
                            .path("parse")
                            .toString());
        }
    }
}
