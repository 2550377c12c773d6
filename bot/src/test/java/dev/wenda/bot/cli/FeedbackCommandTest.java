package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.StoreConfig;
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

class FeedbackCommandTest {
    private static final Instant AT = Instant.parse("2026-11-25T08:00:00Z");

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

    private String url() {
        return "jdbc:h2:file:" + dir.resolve("wenda").toAbsolutePath();
    }

    private Path config() throws IOException {
        return Files.writeString(dir.resolve("wenda.yaml"), "db:\n  url: \"" + url() + "\"\n");
    }

    @Test
    @DisplayName("feedback lists the entries the most 👎 first, with their questions from the bank")
    void feedback_listsEntriesMostUnhelpfulFirst() throws IOException {
        try (Database db = Database.open(StoreConfig.url(url()))) {
            FeedbackStore store = new FeedbackStore(db);
            store.record("DISCORD", "g1", "u1", "000_0499e02e3bd88c97-13", false, AT);
            store.record("DISCORD", "g1", "u2", "000_0499e02e3bd88c97-13", false, AT);
            store.record("DISCORD", "g1", "u3", "000_0499e02e3bd88c97-13", true, AT);
            store.record("SLACK", "T1", "u1", "002_8d3aa4a868210f14-8", true, AT);
            store.record("SLACK", "T1", "u1", "gone-1", false, AT);
        }

        int code = run("admin", "feedback", "--config", config().toString());

        assertEquals("", err.toString());
        assertEquals(0, code);
        assertEquals("""
                Answer feedback, the most 👎 first:
                    👎   👍  entry                    question
                     2    1  000_0499e02e3bd88c97-13  什么是dropout
                     1    0  gone-1                   (no longer in the bank)
                     0    1  002_8d3aa4a868210f14-8   解释感受野这一概念
                """, out.toString());
    }

    @Test
    @DisplayName("with no feedback stored it says so")
    void feedback_none_saysSo() throws IOException {
        assertEquals(0, run("admin", "feedback", "--config", config().toString()));
        assertEquals("", err.toString());
        assertEquals("No answer feedback yet.\n", out.toString());
    }

    @Test
    @DisplayName("a limit below 1 is a usage error naming it, exit code 2")
    void feedback_badLimit_usageError() throws IOException {
        assertEquals(2, run("admin", "feedback", "--limit", "0", "--config", config().toString()));
        assertEquals("wenda admin feedback: --limit must be at least 1, was 0\n", err.toString());
    }
}
