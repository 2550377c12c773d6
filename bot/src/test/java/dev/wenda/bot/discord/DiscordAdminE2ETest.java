package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static dev.wenda.bot.discord.fake.DiscordPayloads.BOB;
import static dev.wenda.bot.discord.fake.DiscordPayloads.CAROL;
import static dev.wenda.bot.discord.fake.DiscordPayloads.DAVE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.admin.ContentReloader;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.app.PlatformOutboxes;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.Fixtures;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.ManualScheduler;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.quiz.SwappablePool;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.content.ContentBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /wenda-admin ...} and stopping another user's round, through real JDA against the fake
 * Discord: Manage Server (DAVE with {@code admin()}) or the configured admin role (CAROL with
 * {@link DiscordPayloads#ADMIN_ROLE}) may act; others are refused privately. The real quiz engine,
 * boards and groups run on in-memory H2; content reloads read a temporary folder.
 */
class DiscordAdminE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final String GUILD = DiscordPayloads.GUILD;

    @TempDir
    Path content;

    private TestDatabases.Fresh db;
    private StudyGroups groups;
    private Seasons seasons;
    private SwappablePool pool;
    private RunningBot running;

    @BeforeEach
    void start() throws InterruptedException {
        db = TestDatabases.open(TestDatabases.Backend.H2);
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"));
        PlatformOutboxes outboxes = new PlatformOutboxes();
        groups = new StudyGroups(db.database());
        seasons = new Seasons(db.database());
        pool = new SwappablePool(new BankQuestionPool(Fixtures.bank(40)));
        QuizService quiz = Fixtures.quizService(db.database(), pool, outboxes, new ManualScheduler(clock), clock, 7);
        ContentReloader reloader = new ContentReloader(
                Optional.of(content),
                ContentBank::load,
                List.of(bank -> pool.swap(new BankQuestionPool(bank.entries()))));
        ChatDispatcher service = new ChatDispatcher(
                request -> Reply.privateText("ask"),
                quiz,
                request -> Reply.privateText("calc"),
                new HelpService(),
                reloader);
        running = new RunningBot(service, QuestionSuggester.none(), QuestionSuggester.none(), false);
        outboxes.register(Platform.DISCORD, running.bot.outbox());
    }

    @AfterEach
    void stop() {
        running.close();
        db.close();
    }

    /**
     * Sends the interaction and returns the text of its reply: the edited deferral, or the private
     * follow-up that replaces a public placeholder.
     */
    private String reply(Interaction interaction) throws InterruptedException {
        running.discord.send(interaction);
        JsonNode deferral =
                running.discord.rest.await("POST", interaction.callbackPath()).json();
        assertEquals(5, deferral.path("type").asInt());
        return running.discord
                .rest
                .await(r -> r.is("PATCH", interaction.originalPath()) || r.is("POST", interaction.webhookPath()), WAIT)
                .json()
                .path("content")
                .asText();
    }

    private static Interaction admin(InteractionPayloads.Builder by, String sub, Map<String, String> options) {
        return by.slash("wenda-admin", sub, options);
    }

    private boolean deferredPrivately(Interaction interaction) throws InterruptedException {
        return running.discord
                        .rest
                        .await("POST", interaction.callbackPath())
                        .json()
                        .path("data")
                        .path("flags")
                        .asInt()
                == 64;
    }

    @Test
    @DisplayName("a member without Manage Server or the admin role is refused each admin action, privately")
    void member_refused() throws Exception {
        reply(InteractionPayloads.by(ALICE).slash("group", "create", Map.of("name", "study")));
        Files.writeString(content.resolve("a.md"), "## 新问题\n新答案。\n");

        Interaction reset = admin(InteractionPayloads.by(BOB), "reset", Map.of("scope", "channel"));
        assertEquals("Only an admin can reset a leaderboard.", reply(reset));
        assertTrue(deferredPrivately(reset));
        assertEquals(
                "Only an admin can delete a study group.",
                reply(admin(InteractionPayloads.by(BOB), "delete-group", Map.of("name", "study"))));
        assertEquals(
                "Only an admin can reload the content.", reply(admin(InteractionPayloads.by(BOB), "reload", Map.of())));

        assertTrue(groups.exists("DISCORD", GUILD, "study"));
        assertEquals(List.of(), seasons.list("DISCORD", GUILD, "CHANNEL", DiscordPayloads.CHANNEL));
        assertEquals(40, pool.entries("").size());
    }

    @Test
    @DisplayName("a member with Manage Server resets the channel board and deletes a group")
    void manageServer_resetsAndDeletes() throws Exception {
        reply(InteractionPayloads.by(ALICE).slash("group", "create", Map.of("name", "study")));

        String reset = reply(admin(InteractionPayloads.by(DAVE).admin(), "reset", Map.of("scope", "channel")));
        assertEquals("Dave reset the channel board; the season … – 2026-03-02 09:00 is archived.", reset);
        assertEquals(
                1,
                seasons.list("DISCORD", GUILD, "CHANNEL", DiscordPayloads.CHANNEL)
                        .size());

        assertEquals(
                "Dave deleted the study group study (1 member); their scores stay.",
                reply(admin(InteractionPayloads.by(DAVE).admin(), "delete-group", Map.of("name", "study"))));
        assertFalse(groups.exists("DISCORD", GUILD, "study"));
    }

    @Test
    @DisplayName("a member with the configured admin role reloads content; a broken file keeps the old content")
    void adminRole_reloads() throws Exception {
        Files.writeString(content.resolve("a.md"), "## 新问题\n新答案。\n");
        Files.writeString(content.resolve("b.md"), "## 空\n");

        String rejected =
                reply(admin(InteractionPayloads.by(CAROL).role(DiscordPayloads.ADMIN_ROLE), "reload", Map.of()));
        assertEquals(
                "Content not reloaded: 1 error; the previous content keeps serving.\n\n```\n"
                        + "b.md:1: question without answer\n```",
                rejected);
        assertEquals(40, pool.entries("").size());

        Files.writeString(content.resolve("b.md"), "## 空\n不空了。\n");
        assertEquals(
                "Content reloaded: 2 entries.",
                reply(admin(InteractionPayloads.by(CAROL).role(DiscordPayloads.ADMIN_ROLE), "reload", Map.of())));
        assertEquals(2, pool.entries("").size());
    }

    @Test
    @DisplayName("stopping someone else's round: a member is refused, a Manage Server member stops it")
    void stopOthersRound_onlyAdmin() throws InterruptedException, IOException {
        reply(InteractionPayloads.by(ALICE)
                .slash("quiz", "start", Map.of("topic", "cnn", "count", "2", "seconds", "30", "kinds", "choice")));

        assertEquals(
                "Only Alice (who started it) or an admin can stop this round.",
                reply(InteractionPayloads.by(BOB).slash("quiz", "stop", Map.of())));
        assertEquals(
                "Round stopped.", reply(InteractionPayloads.by(DAVE).admin().slash("quiz", "stop", Map.of())));
    }
}
