package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.InMemoryFeedbackSink;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscordRest.Recorded;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.testing.Golden;
import dev.wenda.content.QaEntry;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * /ask, autocomplete and the answer buttons through real JDA and the fake Discord, answered by the
 * real ask handler (lexical search over a small bank), calc and help behind the real dispatcher.
 */
class DiscordAskE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<ChatRequest> SEEN = new CopyOnWriteArrayList<>();
    private static final InMemoryFeedbackSink FEEDBACK = new InMemoryFeedbackSink();
    private static SearchService search;
    private static RunningBot running;

    @BeforeAll
    static void start() throws InterruptedException {
        search = AskBank.open();
        NumericQuestions numeric = new NumericQuestions(new Calc());
        ChatService ask = new AskHandler(
                () -> search,
                NumericAnswerer.NONE,
                FEEDBACK,
                Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC));
        ChatService calc = request -> numeric.calc(
                ((ChatRequest.Calc) request).expression(), request.origin().locale());
        ChatService quiz = request -> Reply.privateText("no quiz here");
        ChatDispatcher dispatcher = new ChatDispatcher(ask, quiz, calc, new HelpService());
        ChatService recording = request -> {
            SEEN.add(request);
            return dispatcher.handle(request);
        };
        QuestionSuggester questions = QuestionSuggester.over(
                AskBank.entries().stream().map(QaEntry::question).toList());
        running = new RunningBot(recording, questions, QuestionSuggester.none(), false);
    }

    @AfterAll
    static void stop() {
        running.close();
        search.close();
    }

    private static Interaction send(Interaction interaction) {
        return running.discord.send(interaction);
    }

    private static Recorded await(String method, String path) throws InterruptedException {
        return running.discord.rest.await(r -> r.is(method, path), WAIT);
    }

    private static ChatRequest lastSeenFrom(DiscordPayloads.FakeUser user) {
        return SEEN.stream()
                .filter(r -> r.origin().user().equals(user.id()))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private static JsonNode embed(JsonNode message) {
        return message.path("embeds").get(0);
    }

    @Test
    @DisplayName("/ask defers at once, then edits in the answer embed with image, source, related and feedback buttons")
    void ask_defersThenEditsInTheAnswer() throws InterruptedException {
        Interaction ask = send(InteractionPayloads.by(ALICE)
                .slash("ask", null, Map.of("question", "What does dropout do during training?")));

        JsonNode deferral = await("POST", ask.callbackPath()).json();
        assertEquals(5, deferral.path("type").asInt());
        assertEquals(0, deferral.path("data").path("flags").asInt());
        Golden.assertMatches(
                "discord/e2e-ask-edit", await("PATCH", ask.originalPath()).json());
        ChatRequest.Ask seen = (ChatRequest.Ask) lastSeenFrom(ALICE);
        assertEquals("What does dropout do during training?", seen.question());
        assertEquals("Alice", seen.origin().userName());
    }

    @Test
    @DisplayName("autocomplete lists the bank questions matching what the user typed")
    void autocomplete_listsMatchingQuestions() throws InterruptedException {
        Interaction typing = send(InteractionPayloads.by(ALICE).autocomplete("ask", null, "question", "drop"));

        JsonNode callback = await("POST", typing.callbackPath()).json();
        assertEquals(8, callback.path("type").asInt());
        List<String> names = callback.path("data").path("choices").findValuesAsText("name");
        assertEquals(
                List.of(
                        "What does dropout do during training?",
                        "Why does batch normalization reduce the need for dropout?",
                        "What is DropConnect and how does it differ from dropout?"),
                names);
        assertEquals(names, callback.path("data").path("choices").findValuesAsText("value"));
    }

    @Test
    @DisplayName("a did-you-mean button shows the chosen entry as a public follow-up")
    void didYouMeanButton_postsTheAnswer() throws InterruptedException {
        Interaction ask = send(InteractionPayloads.by(BOB).slash("ask", null, Map.of("question", "batch size effect")));
        JsonNode offer = await("PATCH", ask.originalPath()).json();
        Golden.assertMatches("discord/e2e-ask-did-you-mean", offer);

        Interaction click = send(InteractionPayloads.by(BOB)
                .click(DiscordPayloads.snowflake(), offer.path("components"), "ask:entry:e1"));

        assertEquals(6, await("POST", click.callbackPath()).json().path("type").asInt());
        JsonNode followUp = await("POST", click.webhookPath()).json();
        assertEquals(
                "What does dropout do during training?",
                embed(followUp).path("title").asText());
        assertEquals(0, followUp.path("flags").asInt(), "the answer is visible to the channel");
        assertEquals(new ChatRequest.Click(lastSeenFrom(BOB).origin(), "ask:entry:e1"), lastSeenFrom(BOB));
    }

    @Test
    @DisplayName("a related-question button answers that question; a feedback button is recorded and thanked privately")
    void relatedAndFeedbackButtons() throws InterruptedException {
        Interaction ask = send(InteractionPayloads.by(ALICE).slash("ask", null, Map.of("question", "dropout")));
        JsonNode answer = await("PATCH", ask.originalPath()).json();
        JsonNode buttons = answer.path("components").get(0).path("components");
        assertEquals("ask:entry:e2", buttons.get(0).path("custom_id").asText());

        Interaction related = send(InteractionPayloads.by(ALICE)
                .click(DiscordPayloads.snowflake(), answer.path("components"), "ask:entry:e2"));
        JsonNode shown = embed(await("POST", related.webhookPath()).json());
        assertEquals(
                "Why does batch normalization reduce the need for dropout?",
                shown.path("title").asText());
        assertEquals(
                "BatchNorm adds noise through batch statistics, which **regularizes** a little.",
                shown.path("description").asText());

        Interaction up = send(InteractionPayloads.by(ALICE)
                .click(DiscordPayloads.snowflake(), answer.path("components"), "feedback:up:e1"));
        JsonNode thanks = await("POST", up.webhookPath()).json();
        assertEquals("Thanks for the feedback!", thanks.path("content").asText());
        assertEquals(64, thanks.path("flags").asInt());
        assertEquals(1, FEEDBACK.helpful("e1"));
    }

    @Test
    @DisplayName("an abstention says the bank has no answer and lists its topics")
    void abstention_listsTopics() throws InterruptedException {
        Interaction ask = send(
                InteractionPayloads.by(BOB).slash("ask", null, Map.of("question", "what is the weather in Paris")));
        JsonNode reply = embed(await("PATCH", ask.originalPath()).json());
        assertEquals("The bank has no answer to that", reply.path("title").asText());
        String body = reply.path("description").asText();
        assertTrue(body.startsWith("No entry answers “what is the weather in Paris”."), body);
        assertTrue(body.contains("Topics the bank covers:"), body);
    }

    @Test
    @DisplayName("a long answer is cut at a paragraph; the full-answer button shows the rest privately")
    void fullAnswerButton_showsTheRest() throws InterruptedException {
        Interaction ask = send(InteractionPayloads.by(ALICE)
                .slash("ask", null, Map.of("question", "Explain the vanishing gradient problem in depth")));
        JsonNode first = await("PATCH", ask.originalPath()).json();
        JsonNode buttons = first.path("components").get(0).path("components");
        String moreId = buttons.get(buttons.size() - 1).path("custom_id").asText();
        assertTrue(moreId.startsWith(DiscordRenderer.MORE_PREFIX), moreId);

        Interaction click = send(
                InteractionPayloads.by(ALICE).click(DiscordPayloads.snowflake(), first.path("components"), moreId));

        JsonNode rest = await("POST", click.webhookPath()).json();
        assertEquals(64, rest.path("flags").asInt());
        String shown = embed(first).path("description").asText() + "\n\n"
                + embed(rest).path("description").asText();
        assertEquals(AskBank.LONG_ANSWER, shown);
    }

    @Test
    @DisplayName("the origin carries the user's Discord locale and admin status from Manage Server or the admin role")
    void origin_localeAndAdmin() throws InterruptedException {
        Interaction zh = send(InteractionPayloads.by(DiscordPayloads.CAROL)
                .locale("zh-CN")
                .slash("ask", null, Map.of("question", "什么是感受野")));
        JsonNode answer = await("PATCH", zh.originalPath()).json();
        assertEquals("来源: dl#5", embed(answer).path("footer").path("text").asText());
        ChatRequest carol = lastSeenFrom(DiscordPayloads.CAROL);
        assertEquals("zh", carol.origin().locale().getLanguage());
        assertFalse(carol.origin().admin());
        assertEquals(DiscordPayloads.GUILD, carol.origin().community());
        assertEquals(DiscordPayloads.CHANNEL, carol.origin().channel());

        Interaction manager =
                send(InteractionPayloads.by(DiscordPayloads.DAVE).admin().slash("me", null, Map.of()));
        await("PATCH", manager.originalPath());
        assertTrue(lastSeenFrom(DiscordPayloads.DAVE).origin().admin());

        Interaction roleHolder = send(InteractionPayloads.by(DiscordPayloads.CAROL)
                .role(DiscordPayloads.ADMIN_ROLE)
                .slash("quiz", "stop", Map.of()));
        // A public deferral answered privately: the placeholder is deleted, the answer follows privately.
        assertEquals(
                64, await("POST", roleHolder.webhookPath()).json().path("flags").asInt());
        await("DELETE", roleHolder.originalPath());
        ChatRequest stop = lastSeenFrom(DiscordPayloads.CAROL);
        assertEquals(ChatRequest.QuizStop.class, stop.getClass());
        assertTrue(stop.origin().admin());
        assertEquals(Locale.forLanguageTag("en-US"), stop.origin().locale());
    }

    @Test
    @DisplayName("/wenda help answers privately in the user's language with the real help service")
    void help_isPrivateAndLocalized() throws InterruptedException {
        Interaction help = send(InteractionPayloads.by(BOB).locale("zh-CN").slash("wenda", "help", Map.of()));

        assertEquals(
                64,
                await("POST", help.callbackPath())
                        .json()
                        .path("data")
                        .path("flags")
                        .asInt());
        JsonNode embed = embed(await("PATCH", help.originalPath()).json());
        assertEquals("问答 · 帮助", embed.path("title").asText());
        assertTrue(embed.path("description").asText().startsWith("问答机器人："), embed.toString());
    }

    @Test
    @DisplayName("/calc rf (the real calc) uploads the receptive-field picture and shows it in the embed")
    void calc_uploadsPicture() throws InterruptedException {
        Interaction calc =
                send(InteractionPayloads.by(ALICE).slash("calc", "rf", Map.of("expression", "3x3s1 3x3s1 3x3s1")));

        Recorded edit = await("PATCH", calc.originalPath());
        assertTrue(edit.contentType().startsWith("multipart/form-data"), edit.contentType());
        JsonNode payload = edit.json();
        assertEquals(
                "receptive-field.png",
                payload.path("attachments").get(0).path("filename").asText());
        JsonNode embed = embed(payload);
        assertEquals(
                "attachment://receptive-field.png",
                embed.path("image").path("url").asText());
        assertEquals(
                "/calc rf 3x3s1 3x3s1 3x3s1", embed.path("footer").path("text").asText());
        assertEquals("Receptive field", embed.path("fields").get(0).path("name").asText());
        assertEquals("7x7", embed.path("fields").get(0).path("value").asText());
        assertTrue(edit.rawBody().contains("filename=\"receptive-field.png\""), "the PNG is uploaded as a file part");
        assertTrue(edit.rawBody().contains("PNG\r\n"), "the part holds PNG bytes");
    }
}
