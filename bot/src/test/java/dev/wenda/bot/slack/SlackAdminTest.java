package dev.wenda.bot.slack;

import static dev.wenda.bot.slack.SlackRequests.FORM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.admin.ContentReloader;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.app.PlatformOutboxes;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.Fixtures;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.ManualScheduler;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.quiz.SwappablePool;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.testing.Golden;
import dev.wenda.content.ContentBank;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Admin actions through real Bolt (HTTP mode) against the fake Web API: {@code users.info} says who
 * is a workspace admin, {@code slack.admins} names more; the real quiz engine, boards and groups run
 * on in-memory H2, content reloads on a temporary folder.
 */
class SlackAdminTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @TempDir
    Path content;

    private FakeSlackApi api;
    private TestDatabases.Fresh db;
    private StudyGroups groups;
    private Seasons seasons;
    private SwappablePool pool;
    private SlackBot bot;
    private SlackRequests slack;
    private int responses;

    @BeforeEach
    void start() throws Exception {
        api = new FakeSlackApi();
        api.user("U1", "alice", false, "en-US");
        api.user("U2", "bob", false, "en-US");
        api.user("U4", "dave", true, "en-US");
        api.user("U5", "erin", false, "en-US");
        db = TestDatabases.open(TestDatabases.Backend.H2);
        ManualClock clock = new ManualClock(T0);
        PlatformOutboxes outboxes = new PlatformOutboxes();
        groups = new StudyGroups(db.database());
        seasons = new Seasons(db.database());
        pool = new SwappablePool(new BankQuestionPool(Fixtures.bank(40)));
        QuizService quiz = Fixtures.quizService(db.database(), pool, outboxes, new ManualScheduler(clock), clock, 42);
        ContentReloader reloader = new ContentReloader(
                Optional.of(content),
                ContentBank::load,
                List.of(bank -> pool.swap(new BankQuestionPool(bank.entries()))));
        ChatDispatcher service = new ChatDispatcher(
                new StubAsk(), quiz, request -> Reply.privateText("calc"), new HelpService(), reloader);
        bot = new SlackBot(
                SlackSettings.httpMode(() -> "xoxb-fake", () -> SlackRequests.SECRET, "127.0.0.1", 0)
                        .withApiBaseUrl(api.apiBase())
                        .withAdminUsers(Set.of("U5")),
                service);
        outboxes.register(Platform.SLACK, bot.outbox());
        bot.start();
        slack = new SlackRequests(bot.httpPort());
    }

    @AfterEach
    void stop() {
        bot.stop();
        db.close();
        api.close();
    }

    /** Runs {@code /wenda <text>} as {@code user} and returns what came back on the response URL. */
    private JsonNode command(String user, String text) throws Exception {
        String id = "r" + ++responses;
        assertEquals(
                200,
                slack.post(SlackRequests.slashCommand("C0ADM", user, user, text, api.responseUrl(id)), FORM)
                        .statusCode());
        return Golden.parse(api.await("response/" + id, WAIT).body());
    }

    private static String text(JsonNode response) {
        return response.at("/blocks/0/text/text").asText();
    }

    private static void assertPrivate(String expected, JsonNode response) {
        assertEquals("ephemeral", response.get("response_type").asText());
        assertEquals(expected, text(response));
    }

    @Test
    @DisplayName("a member who is not an admin is refused every admin action, privately, and nothing changes")
    void member_refused() throws Exception {
        command("U1", "group create study");
        Files.writeString(content.resolve("a.md"), "## 新问题\n新答案。\n");

        assertPrivate("Only an admin can reset a leaderboard.", command("U1", "admin reset"));
        assertPrivate("Only an admin can delete a study group.", command("U1", "admin delete-group study"));
        assertPrivate("Only an admin can reload the content.", command("U1", "admin reload"));

        assertTrue(groups.exists("SLACK", FakeSlackApi.TEAM, "study"));
        assertEquals(List.of(), seasons.list("SLACK", FakeSlackApi.TEAM, "SERVER", ""));
        assertEquals(40, pool.entries("").size());
    }

    @Test
    @DisplayName("a workspace admin resets the board (announced in the channel) and deletes a group")
    void workspaceAdmin_resetsAndDeletes() throws Exception {
        command("U1", "group create study");

        JsonNode reset = command("U4", "admin reset");
        assertEquals("in_channel", reset.get("response_type").asText());
        String now = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .withZone(Periods.DEFAULT_ZONE)
                .format(T0);
        assertEquals("dave reset the server board; the season … – " + now + " is archived.", text(reset));
        assertEquals(1, seasons.list("SLACK", FakeSlackApi.TEAM, "SERVER", "").size());

        JsonNode deleted = command("U4", "admin delete-group STUDY");
        assertEquals("in_channel", deleted.get("response_type").asText());
        assertEquals("dave deleted the study group study (1 member); their scores stay.", text(deleted));
        assertFalse(groups.exists("SLACK", FakeSlackApi.TEAM, "study"));
        assertPrivate("There is no study group named study.", command("U4", "admin delete-group study"));
    }

    @Test
    @DisplayName("a user named in slack.admins (not a workspace admin) may reload content; a clean folder swaps in")
    void configuredAdmin_reloadsContent() throws Exception {
        Files.writeString(content.resolve("a.md"), "## 新问题\n新答案。\n\n## 另一个\n答案。\n");

        assertPrivate("Content reloaded: 2 entries.", command("U5", "admin reload"));
        assertEquals(
                List.of("新问题", "另一个"),
                pool.entries("").stream().map(e -> e.question()).toList());
    }

    @Test
    @DisplayName("a reload with a broken file keeps the old content serving and gives the admin file:line errors")
    void brokenFile_oldContentKept() throws Exception {
        Files.writeString(content.resolve("a.md"), "## 新问题\n新答案。\n");
        Files.writeString(content.resolve("b.md"), "## 代码\n```python\nprint(1)\n");

        JsonNode response = command("U4", "admin reload");

        assertEquals("ephemeral", response.get("response_type").asText());
        String body = response.toString();
        assertTrue(
                text(response).startsWith("Content not reloaded: 1 error; the previous content keeps serving."), body);
        assertTrue(body.contains("b.md:2: unclosed code fence"), body);
        assertEquals(40, pool.entries("").size());
    }

    @Test
    @DisplayName("stopping someone else's round: a member is refused, a workspace admin stops it")
    void stopOthersRound_onlyAdmin() throws Exception {
        command("U1", "quiz start cnn count=2 seconds=30 kinds=choice");

        assertPrivate("Only alice (who started it) or an admin can stop this round.", command("U2", "quiz stop"));
        assertPrivate("Round stopped.", command("U4", "quiz stop"));
        assertPrivate("No round is running here.", command("U4", "quiz stop"));
    }
}
