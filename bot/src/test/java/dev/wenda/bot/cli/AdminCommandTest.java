package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AdminCommandTest {
    @TempDir
    Path dir;

    @Test
    @DisplayName("forget-user reports what it removed, on the database of the given configuration")
    void forgetUser() throws IOException {
        Path config = dir.resolve("wenda.yaml");
        Files.writeString(
                config,
                "db:\n  url: jdbc:h2:file:" + dir.resolve("db").toString().replace('\\', '/') + "\n");
        CommandLine cli = Main.newCommandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("admin", "forget-user", "--platform", "discord", "42", "--config", config.toString());
        assertEquals(0, code);
        assertEquals("Nothing stored about discord user 42.\n", out.toString().replace("\r\n", "\n"));
    }

    @Test
    @DisplayName("a bad configuration is one line and exit code 78")
    void badConfig() throws IOException {
        Path config = dir.resolve("wenda.yaml");
        Files.writeString(config, "db:\n  url: mysql://x\n");
        CommandLine cli = Main.newCommandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("admin", "forget-user", "--platform", "slack", "U1", "--config", config.toString());
        assertEquals(78, code);
        assertEquals(
                "config: db.url must be a jdbc:h2: or jdbc:postgresql: URL, was 'mysql://x' (wenda.yaml line 2)\n",
                err.toString().replace("\r\n", "\n"));
    }
}
