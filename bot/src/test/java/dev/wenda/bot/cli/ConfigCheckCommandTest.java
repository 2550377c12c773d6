package dev.wenda.bot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCheckCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int check(Map<String, String> env, Path file) {
        CommandLine cli = Main.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        ConfigCheckCommand command =
                cli.getSubcommands().get("config").getSubcommands().get("check").getCommand();
        command.env = env;
        return cli.execute("config", "check", file.toString());
    }

    private Path write(String yaml) throws IOException {
        return Files.writeString(dir.resolve("wenda.yaml"), yaml);
    }

    @Test
    @DisplayName("the example configuration is valid, and the check says what it would run")
    void exampleFile_isValid() {
        Path example = Path.of(System.getProperty("wenda.deploy", "../deploy")).resolve("wenda.example.yaml");
        assertEquals(0, check(Map.of(), example));
        assertEquals(example + ": valid (discord off, slack off, ops endpoint 127.0.0.1:8080)\n", out.toString());
        assertEquals("", err.toString());
    }

    @Test
    @DisplayName("variables apply over the file as in serve, and an unread WENDA_ variable is a warning")
    void environment_overridesAndWarns() throws IOException {
        Path file = write("discord:\n  enabled: true\n");
        assertEquals(0, check(Map.of("WENDA_DISCORD_TOKEN", "t0k3n-for-tests", "WENDA_HTTP_PROT", "9000"), file));
        assertEquals(file + ": valid (discord on, slack off, ops endpoint 127.0.0.1:8080)\n", out.toString());
        assertEquals("warning: WENDA_HTTP_PROT is set, but no configuration key reads it\n", err.toString());
    }

    @Test
    @DisplayName("an unknown key fails with exit 78 and the keys of its section")
    void unknownKey_exit78() throws IOException {
        Path file = write("http:\n  prot: 80\n");
        assertEquals(78, check(Map.of(), file));
        assertTrue(
                err.toString().startsWith("config: unknown key 'http.prot' in wenda.yaml (line 2); keys of http:"),
                err::toString);
        assertEquals("", out.toString());
    }

    @Test
    @DisplayName("a bad value fails naming the key, the value and the line")
    void badValue_exit78() throws IOException {
        assertEquals(78, check(Map.of(), write("http:\n  port: 70000\n")));
        assertEquals("config: http.port must be 0-65535, was 70000 (wenda.yaml line 2)\n", err.toString());
    }

    @Test
    @DisplayName("a bad value from the environment names the variable")
    void badEnvironmentValue_exit78() throws IOException {
        assertEquals(78, check(Map.of("WENDA_HTTP_PORT", "eighty"), write("")));
        assertEquals("config: http.port must be a whole number, was 'eighty' (WENDA_HTTP_PORT)\n", err.toString());
    }

    @Test
    @DisplayName("a secret written in the file is refused without echoing it")
    void secretInFile_exit78() throws IOException {
        assertEquals(78, check(Map.of(), write("discord:\n  token: abc.def\n")));
        assertTrue(
                err.toString().startsWith("config: discord.token is a secret and is not read from wenda.yaml (line 2)"),
                err::toString);
        assertTrue(!err.toString().contains("abc.def"), err::toString);
    }

    @Test
    @DisplayName("an enabled platform without its token fails naming the variables to set")
    void missingToken_exit78() throws IOException {
        assertEquals(78, check(Map.of(), write("slack:\n  enabled: true\n")));
        assertTrue(err.toString().contains("WENDA_SLACK_BOT_TOKEN"), err::toString);
    }

    @Test
    @DisplayName("a file that is not YAML, and a file that does not exist, fail with one line each")
    void unreadableFiles_exit78() throws IOException {
        assertEquals(78, check(Map.of(), write("http:\n\tport: 80\n")));
        assertTrue(err.toString().startsWith("config: wenda.yaml is not valid YAML (line "), err::toString);
        err.getBuffer().setLength(0);
        Path missing = dir.resolve("missing.yaml");
        assertEquals(78, check(Map.of(), missing));
        assertEquals("config: file " + missing + " does not exist\n", err.toString());
    }
}
