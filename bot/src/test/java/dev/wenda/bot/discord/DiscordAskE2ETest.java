package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscordRest.Recorded;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import dev.wenda.bot.help.HelpService;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** /ask, autocomplete and answer buttons through real JDA against the fake Discord. */
class DiscordAskE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final List<String> BANK = List.of(
            "What does dropout do during training?",
            "What is DropConnect?",
            "Why does BatchNorm reduce the need for dropout?",
            "What is a receptive field?");
    private static final List<ChatRequest> SEEN = new CopyOnWriteArrayList<>();
    private static RunningBot running;

    /** Stands in for the ask service: answers the sample questions the way it would. */
    private static Reply answer(ChatRequest request) {
        SEEN.add(request);
        return switch (request) {
            case ChatRequest.Ask ask
            when ask.question().equals("What does dropout do during training?") -> SampleReplies.answer();
            case ChatRequest.Ask ask when ask.question().equals("dropuot") -> SampleReplies.didYouMean();
            case ChatRequest.Ask ask when ask.question().equals("long") -> SampleReplies.longAnswer();
            case ChatRequest.Click click
            when click.actionId().equals("ask:" + SampleReplies.DROPOUT_ID) -> SampleReplies.answer();
            case ChatRequest.Click click
            when click.actionId().equals("ask:000_0499e02e3bd88c97#18") -> SampleReplies.related();
            default -> SampleReplies.abstention();
        };
    }

    @BeforeAll
    static void start() throws InterruptedException {
        QuestionSuggester suggester = (prefix, max) -> BANK.stream()
                .filter(q -> q.toLowerCase(Locale.ROOT).contains(prefix.toLowerCase(Locale.ROOT)))
                .limit(max)
                .toList();
        ChatService stub = DiscordAskE2ETest::answer;
        running = new RunningBot(
                new ChatDispatcher(stub, stub, stub, new HelpService()), suggester, QuestionSuggester.none(), false);
    }

    @AfterAll
    static void stop() {
        running.close();
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

    @Test
    @DisplayName("/ask defers at once, then edits in the answer embed with related and feedback buttons")
    void ask_defersThenEditsInTheAnswer() throws InterruptedException {
        Interaction ask = send(InteractionPayloads.by(ALICE)
                .slash("ask", null, Map.of("question", "What does dropout do during training?")));

        JsonNode deferral = await("POST", ask.callbackPath()).json();
        assertEquals(5, deferral.path("type").asInt());
        assertEquals(0, deferral.path("data").path("flags").asInt());
        Golden.assertMatches("e2e-ask-edit", await("PATCH", ask.originalPath()).json());
        assertEquals(
                new ChatRequest.Ask(
                        ((ChatRequest.Ask) lastSeenFrom(ALICE)).origin(), "What does dropout do during training?"),
                lastSeenFrom(ALICE));
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
                        "What is DropConnect?",
                        "Why does BatchNorm reduce the need for dropout?"),
                names);
        assertEquals(names, callback.path("data").path("choices").findValuesAsText("value"));
    }

    @Test
    @DisplayName("a did-you-mean button asks the chosen question and the answer is posted as a follow-up")
    void didYouMeanButton_postsTheAnswer() throws InterruptedException {
        Interaction ask = send(InteractionPayloads.by(BOB).slash("ask", null, Map.of("question", "dropuot")));
        JsonNode offer = await("PATCH", ask.originalPath()).json();
        assertEquals("Did you mean…", offer.path("embeds").get(0).path("title").asText());

        Interaction click = send(InteractionPayloads.by(BOB)
                .click(DiscordPayloads.snowflake(), offer.path("components"), "ask:" + SampleReplies.DROPOUT_ID));

        assertEquals(6, await("POST", click.callbackPath()).json().path("type").asInt());
        JsonNode followUp = await("POST", click.webhookPath()).json();
        assertEquals(
                "What does dropout do during training?",
                followUp.path("embeds").get(0).path("title").asText());
        assertEquals(0, followUp.path("flags").asInt(), "the answer is visible to the channel");
        ChatRequest.Click seen = (ChatRequest.Click) lastSeenFrom(BOB);
        assertEquals("ask:" + SampleReplies.DROPOUT_ID, seen.actionId());
        assertEquals("Bob", seen.origin().userName());
    }

    @Test
    @DisplayName("a related-question button answers that question")
    void relatedButton_answersRelatedQuestion() throws InterruptedException {
        JsonNode components = DiscordRendererTest.json(
                        new DiscordRenderer().render(SampleReplies.answer()).message())
                .path("components");
        Interaction click = send(InteractionPayloads.by(ALICE)
                .click(DiscordPayloads.snowflake(), components, "ask:000_0499e02e3bd88c97#18"));

        JsonNode followUp = await("POST", click.webhookPath()).json();
        assertEquals(
                "Why does BatchNorm reduce the need for dropout?",
                followUp.path("embeds").get(0).path("title").asText());
        assertEquals(
                "BatchNorm adds noise through batch statistics, which **regularizes** a little.",
                followUp.path("embeds").get(0).path("description").asText());
    }

    @Test
    @DisplayName("the full-answer button shows the rest of a long answer privately")
    void fullAnswerButton_showsTheRest() throws InterruptedException {
        Interaction ask = send(InteractionPayloads.by(ALICE).slash("ask", null, Map.of("question", "long")));
        JsonNode first = await("PATCH", ask.originalPath()).json();
        JsonNode button = first.path("components").get(0).path("components").get(0);
        String moreId = button.path("custom_id").asText();
        assertTrue(moreId.startsWith(DiscordRenderer.MORE_PREFIX), moreId);

        Interaction click = send(
                InteractionPayloads.by(ALICE).click(DiscordPayloads.snowflake(), first.path("components"), moreId));

        JsonNode rest = await("POST", click.webhookPath()).json();
        assertEquals(64, rest.path("flags").asInt());
        String shown = first.path("embeds").get(0).path("description").asText() + "\n\n"
                + rest.path("embeds").get(0).path("description").asText();
        assertEquals(SampleReplies.longAnswer().markdown().strip(), shown);
    }

    @Test
    @DisplayName("the origin carries the user's Discord locale and admin status from Manage Server or the admin role")
    void origin_localeAndAdmin() throws InterruptedException {
        Interaction zh = send(InteractionPayloads.by(DiscordPayloads.CAROL)
                .locale("zh-CN")
                .slash("ask", null, Map.of("question", "什么是感受野")));
        await("PATCH", zh.originalPath());
        ChatRequest carol = lastSeenFrom(DiscordPayloads.CAROL);
        assertTrue(carol.origin().chinese());
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
        await("PATCH", roleHolder.originalPath());
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
        JsonNode embed =
                await("PATCH", help.originalPath()).json().path("embeds").get(0);
        assertEquals("问答 · 帮助", embed.path("title").asText());
        assertTrue(embed.path("description").asText().startsWith("问答机器人："), embed.toString());
    }
}
