package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
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
import dev.wenda.bot.ask.FixtureDecisions;
import dev.wenda.bot.ask.GapSink;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.ask.QuestionLinker;
import dev.wenda.bot.ask.QuestionLinks;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.testing.Golden;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.net.http.HttpResponse;
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
 * "Add to bank" through real Bolt (HTTP mode) against the fake Web API: the button on an admin's
 * no-answer reply opens a modal with {@code views.open}; the submission is answered in the modal,
 * refusals under their input ({@code response_action: errors}). The real ask flow and community
 * bank run over a lexical search of a small bank and in-memory H2.
 */
class SlackAddToBankTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String ASKED = "How does quantum error correction work?";
    private static final String ANSWER = "It encodes one logical qubit in several physical qubits.";
    private static final String CHANNEL = "C0ADD";

    private final AtomicLong nanos = new AtomicLong();
    private FakeSlackApi api;
    private TestDatabases.Fresh db;
    private SearchService search;
    private CommunityBank bank;
    private SlackBot bot;
    private SlackRequests slack;
    private int responses;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        api.user("U1", "alice", false, "en-US");
        api.user("U4", "dave", true, "en-US");
        db = TestDatabases.open(TestDatabases.Backend.H2);
        search = SearchService.open(
                new ContentBank(
                        List.of(new QaEntry(
                                "e1",
                                "What does dropout do during training?",
                                "It randomly zeroes activations.",
                                List.of(new SourceRef("dl", 1, 1)),
                                List.of("regularization"),
                                List.of(),
                                List.of())),
                        List.of(),
                        "slack-add"),
                SearchConfig.defaults().withDense(false),
                Optional.empty(),
                IndexProgress.NONE,
                FixtureDecisions.coverageOnly());
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
        bot = new SlackBot(
                SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                        .withApiBaseUrl(api.apiBase()),
                service);
        bot.start();
        slack = new SlackRequests(bot.httpPort());
    }

    @AfterEach
    void stop() {
        bot.stop();
        search.close();
        db.close();
        api.close();
    }

    /** Runs {@code /wenda <text>} as {@code user} and returns what came back on the response URL. */
    private JsonNode command(String user, String text) throws Exception {
        String id = "r" + ++responses;
        assertEquals(
                200,
                slack.post(SlackRequests.slashCommand(CHANNEL, user, user, text, api.responseUrl(id)), FORM)
                        .statusCode());
        return Golden.parse(api.await("response/" + id, WAIT).body());
    }

    /** Presses button {@code actionId} as {@code user}; returns the response URL's id for its reply. */
    private String press(String user, String actionId) throws Exception {
        return press(user, actionId, "r" + ++responses);
    }

    /** Presses button {@code actionId} as {@code user}, its reply going to response URL {@code id}. */
    private String press(String user, String actionId, String id) throws Exception {
        assertEquals(
                200,
                slack.post(
                                SlackRequests.blockAction(
                                        CHANNEL, user, "1700000000.000001", actionId, api.responseUrl(id)),
                                FORM)
                        .statusCode());
        return id;
    }

    private JsonNode submit(String user, Map<String, String> values) throws Exception {
        HttpResponse<String> ack = slack.post(SlackRequests.viewSubmission(user, "bank:add:t1", CHANNEL, values), FORM);
        assertEquals(200, ack.statusCode(), ack.body());
        return Golden.parse(ack.body());
    }

    private static Map<String, String> form(String question, String answer, String tags) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("question", question);
        values.put("answer", answer);
        values.put("tags", tags);
        return values;
    }

    private static List<String> buttons(JsonNode response) {
        List<String> ids = new ArrayList<>();
        response.path("blocks").forEach(block -> block.path("elements").forEach(e -> {
            if (e.has("action_id")) {
                ids.add(e.path("action_id").asText());
            }
        }));
        return ids;
    }

    @Test
    @DisplayName(
            "an admin's Add to bank opens a prefilled modal; the submission is confirmed in it and the next ask answers")
    void admin_pressSubmit_addsTheEntry() throws Exception {
        JsonNode noAnswer = command("U4", "ask " + ASKED);
        assertEquals("bank:add:t1", buttons(noAnswer).getLast());
        assertEquals(List.of(), buttons(command("U1", "ask " + ASKED)));

        press("U4", "bank:add:t1");
        FakeSlackApi.Call open = api.await("views.open", WAIT);
        assertEquals("1111.2222.4444", open.param("trigger_id"));
        JsonNode view = Golden.parse(open.param("view"));
        assertEquals(
                List.of("modal", "bank:add:t1", CHANNEL, "Add to the bank", "Add", "Close"),
                List.of(
                        view.path("type").asText(),
                        view.path("callback_id").asText(),
                        view.path("private_metadata").asText(),
                        view.at("/title/text").asText(),
                        view.at("/submit/text").asText(),
                        view.at("/close/text").asText()));
        List<String> inputs = new ArrayList<>();
        view.path("blocks")
                .forEach(b -> inputs.add(
                        b.path("block_id").asText() + "|" + b.at("/label/text").asText()
                                + "|" + b.path("optional").asBoolean() + "|"
                                + b.at("/element/action_id").asText() + "|"
                                + b.at("/element/multiline").asBoolean() + "|"
                                + b.at("/element/max_length").asInt() + "|"
                                + b.at("/element/initial_value").asText()));
        assertEquals(
                List.of(
                        "question|Question|false|question|true|2000|" + ASKED,
                        "answer|Answer (Markdown)|false|answer|true|3000|",
                        "tags|Tags, separated by commas|true|tags|false|200|"),
                inputs);

        JsonNode done = submit("U4", form(ASKED, ANSWER, "quantum"));
        String id = bank.entries(FakeSlackApi.TEAM, Optional.empty()).getFirst().id();
        assertEquals("update", done.path("response_action").asText());
        assertEquals("Add to the bank", done.at("/view/title/text").asText());
        assertEquals(
                "Added to this community's bank: " + id + ". It answers from now on.",
                done.at("/view/blocks/0/text/text").asText());

        JsonNode answered = command("U1", "ask " + ASKED);
        assertEquals(ANSWER, answered.at("/blocks/1/text/text").asText(), answered.toString());
    }

    @Test
    @DisplayName("a member's press is refused privately without a modal, and a member's submission adds nothing")
    void member_refused() throws Exception {
        command("U4", "ask " + ASKED);

        JsonNode refusal = Golden.parse(
                api.await("response/" + press("U1", "bank:add:t1"), WAIT).body());
        assertEquals("ephemeral", refusal.path("response_type").asText());
        assertEquals(
                "Only an admin can change this community's bank or see its gaps.",
                refusal.at("/blocks/0/text/text").asText());
        assertEquals(List.of(), api.calls("views.open"));

        JsonNode submitted = submit("U1", form(ASKED, ANSWER, ""));
        assertEquals(
                "Only an admin can change this community's bank or see its gaps.",
                submitted.at("/view/blocks/0/text/text").asText());
        assertEquals(List.of(), bank.entries(FakeSlackApi.TEAM, Optional.empty()));
    }

    @Test
    @DisplayName("an invalid submission keeps the modal open with the reason under the input at fault")
    void invalidSubmit_showsErrorsInTheModal() throws Exception {
        command("U4", "ask " + ASKED);

        JsonNode blank = submit("U4", form(ASKED, " ", ""));
        assertEquals("errors", blank.path("response_action").asText());
        assertEquals(
                "{\"answer\":\"The answer is empty.\"}", blank.path("errors").toString());

        JsonNode duplicate = submit("U4", form("What does dropout do during training", ANSWER, ""));
        assertEquals(
                "{\"question\":\"This community's bank already has this question: entry e1.\"}",
                duplicate.path("errors").toString());

        JsonNode tags = submit("U4", form(ASKED, ANSWER, "t".repeat(201)));
        assertEquals(
                "{\"tags\":\"The tags are longer than 200 characters.\"}",
                tags.path("errors").toString());
        assertEquals(List.of(), bank.entries(FakeSlackApi.TEAM, Optional.empty()));
    }

    @Test
    @DisplayName("a button pressed after a day says privately that it expired and opens no modal")
    void expiredButton_saysSo() throws Exception {
        command("U4", "ask " + ASKED);
        nanos.addAndGet(BankDrafts.KEPT.plusMinutes(1).toNanos());

        JsonNode expired = Golden.parse(
                api.await("response/" + press("U4", "bank:add:t1"), WAIT).body());
        assertEquals(
                "This Add to bank button has expired; ask the question again.",
                expired.at("/blocks/0/text/text").asText());
        assertEquals(List.of(), api.calls("views.open"));
    }

    @Test
    @DisplayName("an expired trigger: views.open is called once, not retried, and the user is asked to press again")
    void expiredTrigger_notRetried_askedToPressAgain() throws Exception {
        command("U4", "ask " + ASKED);
        api.answerError("views.open", "expired_trigger_id", 1);

        JsonNode reply = Golden.parse(
                api.await("response/" + press("U4", "bank:add:t1"), WAIT).body());
        assertEquals("ephemeral", reply.path("response_type").asText());
        assertEquals(
                "This button took too long to open its form; press it again.",
                reply.at("/blocks/0/text/text").asText());
        assertEquals(1, api.calls("views.open").size());
        assertEquals(List.of(), bank.entries(FakeSlackApi.TEAM, Optional.empty()));
    }

    @Test
    @DisplayName("the modal opens at once even while an earlier reply to the same response URL is stuck")
    void formOpens_notBehindQueuedReplies() throws Exception {
        command("U4", "ask " + ASKED);
        Runnable release = api.hold("response/slow");
        try {
            press("U1", "bank:add:t1", "slow");
            api.await("response/slow", WAIT); // the member's refusal now blocks its delivery lane

            press("U4", "bank:add:t1", "slow");
            FakeSlackApi.Call open = api.await("views.open", Duration.ofSeconds(5));
            assertEquals("1111.2222.4444", open.param("trigger_id"));
            assertEquals(1, api.calls("response/slow").size());
        } finally {
            release.run();
        }
    }
}
