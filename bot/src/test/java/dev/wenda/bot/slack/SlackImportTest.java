package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static dev.wenda.bot.slack.SlackRequests.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.DeckImport;
import dev.wenda.bot.admin.DeckUploads;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.DeckDryRuns;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.testing.Golden;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A deck shared with the app as a Slack file with the text {@code import}, through real Bolt (HTTP
 * mode) against the fake Web API: the file is fetched from its {@code url_private_download} (on the
 * fake's origin, the configured Web API base) with the bot token, dry-run privately, and imported by
 * its Confirm button. A file anywhere else (a second loopback server, which records every request)
 * is refused without a request.
 */
class SlackImportTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);

    private FakeSlackApi api;
    private TestDatabases.Fresh db;
    private SlackBot bot;
    private SlackRequests slack;
    private HttpServer files;
    /** Every request the foreign file server got, with its Authorization header. */
    private final List<String> foreignRequests = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        files = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        files.createContext("/", exchange -> {
            foreignRequests.add(exchange.getRequestURI() + " "
                    + exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = "## Q\nA\n".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        files.start();
        api = new FakeSlackApi();
        api.user("U1", "alice", false, "en-US");
        api.user("U4", "dave", true, "en-US");
        api.user("U5", "chen", true, "zh-CN");
        db = TestDatabases.open(TestDatabases.Backend.H2);
        CommunityEntries entries = new CommunityEntries(db.database());
        DeckUploads uploads = new DeckUploads(
                () -> new DeckImport(entries, List::of, () -> {}, BankLimits.defaults(), CLOCK),
                () -> new DeckDryRuns(db.database()),
                BankLimits.defaults(),
                CLOCK,
                new SplittableRandom(3));
        ChatDispatcher service = new ChatDispatcher(
                new StubAsk(),
                request -> Reply.privateText("quiz"),
                request -> Reply.privateText("calc"),
                new HelpService(),
                uploads);
        bot = new SlackBot(
                SlackSettings.httpMode(() -> "xoxb-fake-token", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                        .withApiBaseUrl(api.apiBase()),
                service);
        bot.start();
        slack = new SlackRequests(bot.httpPort());
    }

    @AfterEach
    void stop() {
        bot.stop();
        db.close();
        api.close();
        files.stop(0);
    }

    private String foreignUrl(String name) {
        return "http://127.0.0.1:" + files.getAddress().getPort() + "/files-pri/T0001-F1/" + name;
    }

    private static String fileShare(String user, String text, String name, long size, String url) {
        return """
                {"type":"message","subtype":"file_share","user":"%s","text":"%s","ts":"1700000100.000100",\
                "channel":"D0DM","channel_type":"im","event_ts":"1700000100.000100",\
                "files":[{"id":"F1","name":"%s","size":%d,"url_private":"%s","url_private_download":"%s"}]}""".formatted(user, text, name, size, url, url);
    }

    private JsonNode share(String user, String text, String name, long size) throws Exception {
        return share(user, text, name, size, api.fileUrl(name));
    }

    private JsonNode share(String user, String text, String name, long size, String url) throws Exception {
        int before = api.calls("chat.postEphemeral").size();
        assertEquals(
                200,
                slack.post(
                                SlackRequests.eventCallback(
                                        "Ev" + before + name, fileShare(user, text, name, size, url)),
                                JSON)
                        .statusCode());
        FakeSlackApi.Call call =
                api.awaitAll("chat.postEphemeral", c -> true, before + 1, WAIT).get(before);
        assertEquals(user, call.param("user"));
        return Golden.parse(call.param("blocks"));
    }

    @Test
    @DisplayName("an admin's file with `import`: a private dry run with buttons; Confirm imports it")
    void admin_dryRunThenConfirm() throws Exception {
        byte[] served = "## 什么是LoRA微调\n在冻结的权重旁训练两个低秩矩阵。\n".getBytes(StandardCharsets.UTF_8);
        api.serveFile(served);
        JsonNode dry = share("U4", "import deck lora", "notes.md", served.length);
        assertEquals(
                "Dry run of deck lora: 1 new entries, 0 duplicates of entries the bank already has, 0 problems.",
                dry.at("/0/text/text").asText());
        assertEquals(
                List.of("Bearer xoxb-fake-token"),
                api.calls("files-pri/T0001-F1/notes.md").stream()
                        .map(FakeSlackApi.Call::authorization)
                        .toList());
        List<String> ids = dry.findValuesAsText("action_id");
        assertEquals(2, ids.size());

        slack.post(
                SlackRequests.blockAction("D0DM", "U4", "1700000100.000200", ids.getFirst(), api.responseUrl("ok")),
                FORM);
        JsonNode done = Golden.parse(api.await("response/ok", WAIT).body());
        assertEquals(
                "Imported 1 entries into deck lora; they answer questions now.",
                done.at("/blocks/0/text/text").asText());
        assertEquals(1, new CommunityEntries(db.database()).count(FakeSlackApi.TEAM));
    }

    @Test
    @DisplayName("a file over 5 MB is refused before download; a member is refused and nothing is downloaded")
    void oversizeAndMember_refusedWithoutDownload() throws Exception {
        assertEquals(
                "big.md is larger than 5 MB, the limit for one deck file; nothing was imported.",
                share("U4", "import", "big.md", 6L * 1024 * 1024)
                        .at("/0/text/text")
                        .asText());
        assertEquals(
                "Only an admin can change this community's bank or see its gaps.",
                share("U1", "import", "deck.md", 10).at("/0/text/text").asText());
        assertEquals(List.of(), api.calls("files-pri/T0001-F1/big.md"));
        assertEquals(List.of(), api.calls("files-pri/T0001-F1/deck.md"));
        assertEquals(0, new CommunityEntries(db.database()).count(FakeSlackApi.TEAM));
    }

    @Test
    @DisplayName("a file whose download URL is on another host is refused with no request to that host")
    void foreignHost_refusedWithoutRequest() throws Exception {
        assertEquals(
                "I import only files hosted on Slack, and deck.md is not: nothing was downloaded or imported."
                        + " Upload the file to Slack itself and share it again.",
                share("U4", "import", "deck.md", 10, foreignUrl("deck.md"))
                        .at("/0/text/text")
                        .asText());
        assertEquals(
                "只能导入存放在 Slack 上的文件，而 deck.md 不在 Slack 上：没有下载或导入任何内容。请把文件直接上传到 Slack 后再分享。",
                share("U5", "import", "deck.md", 10, foreignUrl("deck.md"))
                        .at("/0/text/text")
                        .asText());
        assertEquals(List.of(), foreignRequests);
        assertEquals(0, new CommunityEntries(db.database()).count(FakeSlackApi.TEAM));
    }

    @Test
    @DisplayName("a download URL on Slack's file host over plain http is refused like a foreign one")
    void plainHttpSlackFileHost_refused() throws Exception {
        assertEquals(
                "I import only files hosted on Slack, and deck.md is not: nothing was downloaded or imported."
                        + " Upload the file to Slack itself and share it again.",
                share("U4", "import", "deck.md", 10, "http://files.slack.com/files-pri/T0001-F1/deck.md")
                        .at("/0/text/text")
                        .asText());
        assertEquals(0, new CommunityEntries(db.database()).count(FakeSlackApi.TEAM));
    }
}
