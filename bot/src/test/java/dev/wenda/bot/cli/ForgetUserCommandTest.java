package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TestDatabases;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ForgetUserCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    /** The configuration file; {@code db.user} defaults to {@code sa}, so it repeats the URL's user when it has one. */
    private Path config(String jdbcUrl) throws IOException {
        java.util.regex.Matcher user =
                java.util.regex.Pattern.compile("[?&]user=([^&]+)").matcher(jdbcUrl);
        String yaml = "db:\n  url: \"" + jdbcUrl + "\"\n" + (user.find() ? "  user: \"" + user.group(1) + "\"\n" : "");
        return Files.writeString(dir.resolve("wenda.yaml"), yaml);
    }

    /** Two groups and a review item for the user, one membership for someone else. */
    private static void seed(Database db) {
        StudyGroups groups = new StudyGroups(db);
        groups.create("SLACK", "T1", "study", "U7", 1_000);
        groups.create("SLACK", "T1", "night", "U8", 1_000);
        groups.join("SLACK", "T1", "night", "U7", 1_000);
        new ReviewQueue(db).missed("SLACK", "T1", "U7", "e1", 2_000);
        new FeedbackStore(db).record("SLACK", "T1", "U7", "e1", false, Instant.ofEpochMilli(3_000));
    }

    private static final String PRINTED = """
            Forgot slack user U7 in community T1:
              rounds (personal, deleted)     0
              personal round rows (deleted)  0
              answers (deleted)              0
              first_correct (deleted)        0
              skip_votes (deleted)           0
              board_totals (deleted)         0
              board_players (deleted)        0
              group_members (deleted)        2
              review_items (deleted)         1
              answer_feedback (deleted)      1
              rounds (anonymised)            0
              study_groups (anonymised)      1
              seasons (anonymised)           0
            Total rows: 5
            """;

    @Test
    @DisplayName("forget-user on the configured H2 file prints rows per table and the data is gone")
    void forgetUser_h2File_printsCountsAndDeletes() throws IOException {
        String url = "jdbc:h2:file:" + dir.resolve("wenda").toAbsolutePath();
        try (Database db = Database.open(StoreConfig.url(url))) {
            seed(db);
        }

        int code = run(
                "admin",
                "forget-user",
                "--platform",
                "slack",
                "--community",
                "T1",
                "--user",
                "U7",
                "--config",
                config(url).toString());

        assertEquals("", err.toString());
        assertEquals(0, code);
        assertEquals(PRINTED, out.toString());
        try (Database db = Database.open(StoreConfig.url(url))) {
            assertEquals(
                    0,
                    db.jdbc()
                            .queryOne("select count(*) from group_members where user_id = 'U7'", row -> row.getInt(1))
                            .orElseThrow());
            assertEquals(
                    1,
                    db.jdbc()
                            .queryOne("select count(*) from group_members", row -> row.getInt(1))
                            .orElseThrow());
        }
    }

    @Test
    @DisplayName("forget-user on PostgreSQL (WENDA_TEST_PG_URL) prints the same counts")
    void forgetUser_postgres_printsCounts() throws IOException {
        try (var fresh = TestDatabases.open(TestDatabases.Backend.POSTGRES)) {
            seed(fresh.database());
            String url = fresh.postgresUrl() + (fresh.postgresUrl().contains("?") ? "&" : "?") + "currentSchema="
                    + fresh.schema().toLowerCase(java.util.Locale.ROOT);

            int code = run(
                    "admin",
                    "forget-user",
                    "--platform",
                    "SLACK",
                    "--community",
                    "T1",
                    "--user",
                    "U7",
                    "--config",
                    config(url).toString());

            assertEquals("", err.toString());
            assertEquals(0, code);
            assertEquals(PRINTED, out.toString());
        }
    }

    @Test
    @DisplayName("an unknown platform or a missing option is a usage error naming it, exit code 2")
    void forgetUser_badArguments_usageError() {
        assertEquals(2, run("admin", "forget-user", "--platform", "teams", "--community", "T1", "--user", "U7"));
        assertTrue(
                err.toString()
                        .startsWith("Invalid value for option '--platform': expected one of [CONSOLE, DISCORD, SLACK]"
                                + " (case-insensitive) but was 'teams'"),
                err.toString());
        err.getBuffer().setLength(0);
        assertEquals(2, run("admin", "forget-user", "--platform", "discord", "--community", "G1"));
        assertTrue(err.toString().startsWith("Missing required option: '--user=ID'"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    @DisplayName("a bad configuration is one line naming the key, exit code 78, and nothing is touched")
    void forgetUser_badConfig_exit78() throws IOException {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "http:\n  port: 70000\n");

        int code = run("admin", "forget-user", "--platform", "slack", "--user", "U1", "--config", config.toString());

        assertEquals(78, code);
        assertEquals("config: http.port must be 0-65535, was 70000 (bad.yaml line 2)\n", err.toString());
        assertEquals("", out.toString());
    }
}
