package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static dev.wenda.bot.discord.fake.DiscordPayloads.DAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.BankSync;
import dev.wenda.bot.admin.DeckImport;
import dev.wenda.bot.admin.DeckUploads;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.DeckDryRuns;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code /wenda-admin import file:<attachment>} through real JDA against the fake Discord: the
 * attachment is downloaded by JDA's attachment proxy from a loopback file server, dry-run, then
 * imported by its Confirm button into the community's bank on in-memory H2, searchable at once.
 */
class DiscordImportE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String GUILD = DiscordPayloads.GUILD;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    private TestDatabases.Fresh db;
    private SearchService search;
    private RunningBot running;
    private HttpServer files;
    private final AtomicInteger downloads = new AtomicInteger();
    private volatile byte[] served = new byte[0];

    @BeforeEach
    void start() throws Exception {
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/files/", exchange -> {
            downloads.incrementAndGet();
            byte[] body = served;
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        files.start();
        db = TestDatabases.open(TestDatabases.Backend.H2);
        ContentBank base = new ContentBank(
                List.of(new QaEntry(
                        "b-1",
                        "什么是dropout",
                        "训练时随机丢弃神经元。",
                        List.of(new SourceRef("b", 1, 1)),
                        List.of("正则化"),
                        List.of(),
                        List.of())),
                List.of(),
                "import-test");
        search = SearchService.open(
                base, SearchConfig.defaults().withDense(false), Optional.empty(), IndexProgress.NONE);
        CommunityEntries entries = new CommunityEntries(db.database());
        BankSync sync = new BankSync(entries, search);
        BankLimits limits = BankLimits.defaults();
        DeckUploads uploads = new DeckUploads(
                () -> new DeckImport(entries, base::entries, sync::poll, limits, CLOCK),
                () -> new DeckDryRuns(db.database()),
                limits,
                CLOCK,
                new SplittableRandom(7));
        ChatDispatcher service = new ChatDispatcher(
                request -> Reply.privateText("ask"),
                request -> Reply.privateText("quiz"),
                request -> Reply.privateText("calc"),
                new HelpService(),
                uploads);
        running = new RunningBot(service, QuestionSuggester.none(), QuestionSuggester.none(), false);
    }

    @AfterEach
    void stop() throws IOException {
        running.close();
        search.close();
        db.close();
        files.stop(0);
    }

    private String url(String name) {
        return "http://127.0.0.1:" + files.getAddress().getPort() + "/files/" + name;
    }

    private Interaction importing(InteractionPayloads.Builder by, String name, long size) {
        return by.slashWithFile("wenda-admin", "import", name, size, url(name), Map.of());
    }

    /** Sends the interaction and returns its reply (the edited deferral or the follow-up). */
    private JsonNode reply(Interaction interaction) throws InterruptedException {
        running.discord.send(interaction);
        running.discord.rest.await("POST", interaction.callbackPath());
        return running.discord
                .rest
                .await(r -> r.is("PATCH", interaction.originalPath()) || r.is("POST", interaction.webhookPath()), WAIT)
                .json();
    }

    private List<String> buttons(JsonNode reply) {
        return reply.path("components").findValuesAsText("label");
    }

    @Test
    @DisplayName("an admin's deck: a dry run with counts and buttons, then Confirm imports it and its entry answers")
    void admin_dryRunThenConfirm_imports() throws InterruptedException {
        String deck = "## 什么是LoRA微调\n在冻结的权重旁训练两个低秩矩阵。\n\n## 什么是dropout\n训练时随机丢弃神经元。\n";
        served = deck.getBytes(StandardCharsets.UTF_8);

        JsonNode dry = reply(importing(InteractionPayloads.by(DAVE).admin(), "lora.md", served.length));
        assertEquals(
                "Dry run of deck lora: 1 new entries, 1 duplicates of entries the bank already has, 0 problems.",
                dry.path("content").asText());
        assertEquals(List.of("Import 1 entries", "Cancel"), buttons(dry));
        assertEquals(List.of(), new CommunityEntries(db.database()).entries(GUILD, Optional.empty()));

        String confirmId = dry.path("components").findValuesAsText("custom_id").getFirst();
        Interaction confirm = InteractionPayloads.by(DAVE)
                .admin()
                .click(DiscordPayloads.snowflake(), dry.path("components"), confirmId);
        running.discord.send(confirm);
        assertEquals(
                "Imported 1 entries into deck lora; they answer questions now.",
                running.discord
                        .rest
                        .await("POST", confirm.webhookPath())
                        .json()
                        .path("content")
                        .asText());
        assertEquals(
                "在冻结的权重旁训练两个低秩矩阵。",
                search.search(GUILD, "什么是LoRA微调").ranked().getFirst().entry().answer());

        Interaction again = InteractionPayloads.by(DAVE)
                .admin()
                .click(DiscordPayloads.snowflake(), dry.path("components"), confirmId);
        running.discord.send(again);
        assertEquals(
                "This import is no longer waiting (it was confirmed, cancelled or kept too long); share the file again.",
                running.discord
                        .rest
                        .await("POST", again.webhookPath())
                        .json()
                        .path("content")
                        .asText());
        assertEquals(1, new CommunityEntries(db.database()).count(GUILD));
        assertEquals(1, downloads.get());
    }

    @Test
    @DisplayName("a file declared larger than 5 MB is refused before anything is downloaded")
    void oversize_refusedBeforeDownload() throws InterruptedException {
        JsonNode refused = reply(importing(InteractionPayloads.by(DAVE).admin(), "big.md", 5L * 1024 * 1024 + 1));
        assertEquals(
                "big.md is larger than 5 MB, the limit for one deck file; nothing was imported.",
                refused.path("content").asText());
        assertEquals(0, downloads.get());
    }

    @Test
    @DisplayName("a file that turns out larger than 5 MB while downloading is refused; nothing is imported")
    void oversizeWhileReading_refused() throws InterruptedException {
        served = ("## 问\n" + "答".repeat(2 * 1024 * 1024) + "\n").getBytes(StandardCharsets.UTF_8);
        JsonNode refused = reply(importing(InteractionPayloads.by(DAVE).admin(), "lies.md", 100));
        assertEquals(
                "lies.md is larger than 5 MB, the limit for one deck file; nothing was imported.",
                refused.path("content").asText());
        assertEquals(0, new CommunityEntries(db.database()).count(GUILD));
    }

    @Test
    @DisplayName("a deck with only bad rows lists its problems as file:line and offers nothing to import")
    void badDeck_listsProblems_importsNothing() throws InterruptedException {
        served = "question,answer\n只有问题,\n,只有答案\n".getBytes(StandardCharsets.UTF_8);
        JsonNode dry = reply(importing(InteractionPayloads.by(DAVE).admin(), "bad.csv", served.length));
        assertEquals(
                "Dry run of deck bad: 0 new entries, 0 duplicates of entries the bank already has, 2 problems.\n\n"
                        + "- bad.csv:2: question without answer\n"
                        + "- bad.csv:3: question without text\n\n"
                        + "Nothing to import.",
                dry.path("content").asText());
        assertEquals(List.of(), buttons(dry));
        assertEquals(0, new CommunityEntries(db.database()).count(GUILD));
    }

    @Test
    @DisplayName("a member without Manage Server is refused, and the file is not downloaded; a .pdf is refused by name")
    void member_refused_andBadName() throws InterruptedException {
        served = "## 问\n答\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(
                "Only an admin can change this community's bank or see its gaps.",
                reply(importing(InteractionPayloads.by(BOB), "deck.md", served.length))
                        .path("content")
                        .asText());
        assertEquals(
                "I can only import deck files named .md, .csv, .txt, .yaml or .yml, not notes.pdf.",
                reply(importing(InteractionPayloads.by(DAVE).admin(), "notes.pdf", 10))
                        .path("content")
                        .asText());
        assertEquals(0, downloads.get());
    }
}
