package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.fuzz.Hostile;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.testing.Golden;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hostile slash commands through real Bolt (HTTP mode) against the fake Web API, answered by the
 * real text-command parser, calc and help: no mention, broadcast or foreign link reaches the text
 * or the mrkdwn blocks of any response.
 */
class SlackHostileE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Pattern FOREIGN_CONTROL = Pattern.compile("<(?!!date\\^\\d+\\^|https?://|mailto:)[^>]*>?");

    private static FakeSlackApi api;
    private static SlackBot bot;
    private static SlackRequests slack;

    @BeforeAll
    static void start() throws Exception {
        api = new FakeSlackApi();
        api.user("U1", "<!channel> **x** <@U2>", false, "en-US");
        NumericQuestions calc = new NumericQuestions(new Calc());
        ChatService ask = request -> request instanceof ChatRequest.Ask a
                ? Reply.text("You asked: " + UserText.quote(a.question()))
                : Reply.nothing();
        ChatService calcService = request -> request instanceof ChatRequest.Calc c
                ? calc.calc(c.expression(), c.origin().locale())
                : Reply.nothing();
        ChatDispatcher service = new ChatDispatcher(ask, request -> Reply.nothing(), calcService, new HelpService());
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
    @DisplayName("hostile /wenda text, calc expressions and questions: responses hold no Slack control sequence")
    void hostileSlashCommands_responsesAreEscaped() throws Exception {
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (String hostile : Hostile.SAMPLES) {
            String oneLine = hostile.replace('\n', ' ');
            for (String text :
                    List.of("x" + oneLine, "calc rf " + oneLine, "ask " + oneLine, "quiz start count=" + oneLine)) {
                String id = "hostile-" + (n++);
                ids.add(id);
                slack.post(SlackRequests.slashCommand("C0HOST", "U1", "alice", text, api.responseUrl(id)), FORM);
            }
        }
        for (String id : ids) {
            FakeSlackApi.Call response = api.await("response/" + id, WAIT);
            JsonNode json = Golden.parse(response.body());
            List<String> texts = new ArrayList<>(List.of(json.path("text").asText()));
            collectMrkdwn(json.path("blocks"), texts);
            assertFalse(texts.getFirst().isEmpty(), response.body());
            for (String text : texts) {
                Matcher m = FOREIGN_CONTROL.matcher(text);
                assertEquals(false, m.find(), () -> "Slack would act on " + m.group() + " in " + response.body());
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
