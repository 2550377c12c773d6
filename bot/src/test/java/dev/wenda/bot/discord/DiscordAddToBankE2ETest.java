package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static dev.wenda.bot.discord.fake.DiscordPayloads.DAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.admin.BankChat;
import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.BankSync;
import dev.wenda.bot.admin.CommunityBank;
import dev.wenda.bot.admin.GapGroups;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.BankDrafts;
import dev.wenda.bot.ask.GapSink;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.ask.QuestionLinker;
import dev.wenda.bot.ask.QuestionLinks;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * "Add to bank" through real JDA and the fake Discord: the button on an admin's no-answer reply, the
 * modal it opens, and the submission, answered by the real ask flow and community bank (lexical
 * search over a small bank, entries on in-memory H2).
 */
class DiscordAddToBankE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String ASKED = "How does quantum error correction work?";
    private static final String ANSWER = "It encodes one logical qubit in **several** physical qubits.";
    private static final String ADMIN_ONLY = "Only an admin can change this community's bank or see its gaps.";

    private final AtomicLong nanos = new AtomicLong();
    private TestDatabases.Fresh db;
    private SearchService search;
    private CommunityBank bank;
    private RunningBot running;

    @BeforeEach
    void start() throws InterruptedException {
        db = TestDatabases.open(TestDatabases.Backend.H2);
        search = AskBank.open();
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.UTC);
        CommunityEntries store = new CommunityEntries(db.database());
        bank = new CommunityBank(store, search, new BankSync(store, search), clock, BankLimits.defaults());
        AtomicInteger tokens = new AtomicInteger();
        BankDrafts drafts = BankDrafts.inMemory(() -> "t" + tokens.incrementAndGet(), (Ticker) nanos::get);
        AskHandler ask = new AskHandler(
                () -> search,
                NumericAnswerer.NONE,
                f -> {},
                clock,
                Metrics.none(),
                System::nanoTime,
                GapSink.NONE,
                new QuestionLinks(() -> "l" + tokens.incrementAndGet()),
                QuestionLinker.NONE,
                drafts,
                dev.wenda.bot.ask.DeckCredits.NONE);
        BankChat content = new BankChat(
                () -> bank,
                new GapGroups(
                        () -> {
                            throw new AssertionError("no gaps here");
                        },
                        () -> {
                            throw new AssertionError("no gaps here");
                        }),
                drafts,
                BankLimits.defaults());
        ChatDispatcher service = new ChatDispatcher(
                ask,
                r -> Reply.privateText("quiz"),
                r -> Reply.privateText("calc"),
                r -> Reply.privateText("help"),
                content);
        running = new RunningBot(service, QuestionSuggester.none(), QuestionSuggester.none(), false);
    }

    @AfterEach
    void stop() {
        running.close();
        search.close();
        db.close();
    }

    private JsonNode await(String method, String path) throws InterruptedException {
        return running.discord.rest.await(r -> r.is(method, path), WAIT).json();
    }

    /** {@code /ask} by {@code by} and the edited-in reply. */
    private JsonNode ask(InteractionPayloads.Builder by, String question) throws InterruptedException {
        Interaction ask = running.discord.send(by.slash("ask", null, Map.of("question", question)));
        return await("PATCH", ask.originalPath());
    }

    private static List<String> buttonIds(JsonNode message) {
        List<String> ids = new ArrayList<>();
        message.path("components").forEach(row -> row.path("components")
                .forEach(b -> ids.add(b.path("custom_id").asText())));
        return ids;
    }

    private static Map<String, String> form(String question, String answer, String tags) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("question", question);
        values.put("answer", answer);
        values.put("tags", tags);
        return values;
    }

    /** The private reply to a submitted modal: the deferral, then its edit. */
    private JsonNode submit(InteractionPayloads.Builder by, String modalId, Map<String, String> values)
            throws InterruptedException {
        Interaction submit = running.discord.send(by.modal(DiscordPayloads.snowflake(), modalId, values));
        JsonNode deferral = await("POST", submit.callbackPath());
        assertEquals(
                List.of(5, 64),
                List.of(
                        deferral.path("type").asInt(),
                        deferral.path("data").path("flags").asInt()));
        return await("PATCH", submit.originalPath());
    }

    @Test
    @DisplayName(
            "an admin's Add to bank opens a prefilled modal; the submitted entry is confirmed and the next ask finds it")
    void admin_pressSubmit_addsTheEntry() throws InterruptedException {
        JsonNode noAnswer = ask(InteractionPayloads.by(DAVE).admin(), ASKED);
        assertEquals(
                "The bank has no answer to that", noAnswer.at("/embeds/0/title").asText());
        assertEquals("bank:add:t1", buttonIds(noAnswer).getLast());
        assertEquals(List.of(), buttonIds(ask(InteractionPayloads.by(BOB), ASKED)));

        Interaction press = running.discord.send(InteractionPayloads.by(DAVE)
                .admin()
                .click(DiscordPayloads.snowflake(), noAnswer.path("components"), "bank:add:t1"));
        JsonNode modal = await("POST", press.callbackPath());
        assertEquals(9, modal.path("type").asInt());
        JsonNode data = modal.path("data");
        assertEquals(
                List.of("bank:add:t1", "Add to the bank"),
                List.of(data.path("custom_id").asText(), data.path("title").asText()));
        List<String> inputs = new ArrayList<>();
        data.path("components").forEach(label -> {
            JsonNode input = label.path("component");
            inputs.add(
                    label.path("label").asText() + "|" + input.path("custom_id").asText() + "|"
                            + input.path("style").asInt()
                            + "|" + input.path("max_length").asInt() + "|"
                            + input.path("required").asBoolean() + "|"
                            + input.path("value").asText());
        });
        assertEquals(
                List.of(
                        "Question|question|2|2000|true|" + ASKED,
                        "Answer (Markdown)|answer|2|4000|true|",
                        "Tags, separated by commas|tags|1|200|false|"),
                inputs);

        JsonNode added = submit(InteractionPayloads.by(DAVE).admin(), "bank:add:t1", form(ASKED, ANSWER, "quantum"));
        String id =
                bank.entries(DiscordPayloads.GUILD, Optional.empty()).getFirst().id();
        assertEquals(
                "Added to this community's bank: " + id + ". It answers from now on.",
                added.at("/embeds/0/description").asText());
        assertEquals("Add to the bank", added.at("/embeds/0/title").asText());

        JsonNode found = ask(InteractionPayloads.by(BOB), ASKED);
        assertEquals(
                List.of(ASKED, "It encodes one logical qubit in **several** physical qubits."),
                List.of(
                        found.at("/embeds/0/title").asText(),
                        found.at("/embeds/0/description").asText()));
    }

    @Test
    @DisplayName("a member pressing the button or submitting the modal is refused privately and nothing is added")
    void member_refused() throws InterruptedException {
        JsonNode noAnswer = ask(InteractionPayloads.by(DAVE).admin(), ASKED);

        Interaction press = running.discord.send(InteractionPayloads.by(BOB)
                .click(DiscordPayloads.snowflake(), noAnswer.path("components"), "bank:add:t1"));
        JsonNode refusal = await("POST", press.callbackPath());
        assertEquals(
                List.of(4, 64),
                List.of(
                        refusal.path("type").asInt(),
                        refusal.path("data").path("flags").asInt()));
        assertEquals(ADMIN_ONLY, refusal.at("/data/content").asText());

        assertEquals(
                ADMIN_ONLY,
                submit(InteractionPayloads.by(BOB), "bank:add:t1", form(ASKED, ANSWER, ""))
                        .path("content")
                        .asText());
        assertEquals(List.of(), bank.entries(DiscordPayloads.GUILD, Optional.empty()));
    }

    @Test
    @DisplayName(
            "an invalid submission is refused with its reason and a button reopening the modal with what was typed")
    void invalidSubmit_reopensWithTheDraft() throws InterruptedException {
        ask(InteractionPayloads.by(DAVE).admin(), ASKED);

        JsonNode duplicate = submit(
                InteractionPayloads.by(DAVE).admin(),
                "bank:add:t1",
                form("what does DROPOUT do during training", ANSWER, ""));
        assertEquals(
                "This community's bank already has this question: entry e1.",
                duplicate.at("/embeds/0/description").asText());
        assertEquals(List.of("bank:add:t1"), buttonIds(duplicate));
        assertEquals(
                "Edit and try again",
                duplicate.at("/components/0/components/0/label").asText());

        Interaction reopen = running.discord.send(InteractionPayloads.by(DAVE)
                .admin()
                .click(DiscordPayloads.snowflake(), duplicate.path("components"), "bank:add:t1"));
        JsonNode modal = await("POST", reopen.callbackPath());
        assertEquals(
                List.of("what does DROPOUT do during training", ANSWER),
                List.of(
                        modal.at("/data/components/0/component/value").asText(),
                        modal.at("/data/components/1/component/value").asText()));

        JsonNode blank = submit(InteractionPayloads.by(DAVE).admin(), "bank:add:t1", form(ASKED, "  ", ""));
        assertEquals("The answer is empty.", blank.at("/embeds/0/description").asText());
        assertEquals(List.of(), bank.entries(DiscordPayloads.GUILD, Optional.empty()));
    }

    @Test
    @DisplayName("a button pressed after a day says it expired, privately, and opens no modal")
    void expiredButton_saysSo() throws InterruptedException {
        JsonNode noAnswer = ask(InteractionPayloads.by(DAVE).admin(), ASKED);
        nanos.addAndGet(BankDrafts.KEPT.plusMinutes(1).toNanos());

        Interaction press = running.discord.send(InteractionPayloads.by(DAVE)
                .admin()
                .click(DiscordPayloads.snowflake(), noAnswer.path("components"), "bank:add:t1"));
        JsonNode expired = await("POST", press.callbackPath());
        assertEquals(
                List.of(4, 64),
                List.of(
                        expired.path("type").asInt(),
                        expired.path("data").path("flags").asInt()));
        assertEquals(
                "This Add to bank button has expired; ask the question again.",
                expired.at("/data/content").asText());
    }
}
