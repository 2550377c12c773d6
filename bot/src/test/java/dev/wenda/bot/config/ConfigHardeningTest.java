package dev.wenda.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Configuration problems that used to leak a secret, print a trace, hang or pass silently. */
class ConfigHardeningTest {
    private static final String TOKEN = "xoxb-very-secret-token";

    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("wenda.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static String failure(Map<String, String> env, Optional<Path> file) {
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(env, () -> "host-a").load(file));
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        return e.getMessage();
    }

    @Test
    @DisplayName("a secret shorter than 8 characters is refused, naming its length and never its value")
    void shortSecret_refused() {
        assertEquals(
                "config: db.password is too short to keep out of logs: 5 characters, at least 8 (WENDA_DB_PASSWORD)",
                failure(Map.of("WENDA_DB_PASSWORD", "wenda"), Optional.empty()));
    }

    @Test
    @DisplayName("a whitespace-only secret is one line, not a stack trace")
    void whitespaceSecret_oneLine() throws IOException {
        assertEquals(
                "config: slack.bot-token is only whitespace (WENDA_SLACK_BOT_TOKEN)",
                failure(Map.of("WENDA_SLACK_BOT_TOKEN", "   "), Optional.empty()));
        Path file = dir.resolve("token");
        Files.writeString(file, " \n\t\n");
        assertEquals(
                "config: discord.token file " + file + " is empty (WENDA_DISCORD_TOKEN_FILE)",
                failure(Map.of("WENDA_DISCORD_TOKEN_FILE", file.toString()), Optional.empty()));
    }

    @Test
    @DisplayName("a bad db.url shows the URL with its password hidden, as a parameter or in user:password@")
    void badDbUrl_hidesPassword() {
        assertEquals(
                "config: db.url must be a jdbc:h2: or jdbc:postgresql: URL, was"
                        + " 'postgresql://db/wenda?user=w&password=***' (WENDA_DB_URL)",
                failure(
                        Map.of("WENDA_DB_URL", "postgresql://db/wenda?user=w&password=hunter2hunter2"),
                        Optional.empty()));
        assertEquals(
                "config: db.url must be a jdbc:h2: or jdbc:postgresql: URL, was 'postgres://w:***@db/wenda'"
                        + " (WENDA_DB_URL)",
                failure(Map.of("WENDA_DB_URL", "postgres://w:hunter2hunter2@db/wenda"), Optional.empty()));
    }

    @Test
    @DisplayName("a secret's value is masked wherever an error message would echo it")
    void secretEchoed_isMasked() {
        assertEquals(
                "config: http.port must be a whole number, was '****' (WENDA_HTTP_PORT)",
                failure(Map.of("WENDA_DISCORD_TOKEN", TOKEN, "WENDA_HTTP_PORT", TOKEN), Optional.empty()));
    }

    @Test
    @DisplayName("a YAML syntax error names the line and the problem, never the line's text")
    void yamlSyntaxError_hidesLine() throws IOException {
        String message = failure(Map.of(), Optional.of(yaml("http:\n  port: 1\n  " + TOKEN + "\n  x: [\n")));
        assertFalse(message.contains(TOKEN), message);
        assertTrue(message.startsWith("config: wenda.yaml is not valid YAML (line "), message);
    }

    @Test
    @DisplayName("a section written twice is refused with both lines")
    void duplicateSection_refused() throws IOException {
        assertEquals(
                "config: duplicate section 'http' in wenda.yaml (lines 1 and 3); merge them into one",
                failure(Map.of(), Optional.of(yaml("http:\n  port: 8081\nhttp:\n  host: 0.0.0.0\n"))));
    }

    @Test
    @DisplayName("a file of several YAML documents is refused saying so")
    void multiDocument_refused() throws IOException {
        assertEquals(
                "config: wenda.yaml holds more than one YAML document (the second starts at line 4); put every"
                        + " section in one document, without '---'",
                failure(Map.of(), Optional.of(yaml("http:\n  port: 8081\n---\nlog:\n  level: debug\n"))));
    }

    @Test
    @DisplayName("a host that is not an address or a host name is one line, control characters escaped")
    void badHost_oneLine() {
        assertEquals(
                "config: http.host must be an address such as 0.0.0.0 or 127.0.0.1, or a host name, was"
                        + " 'not a host!' (WENDA_HTTP_HOST)",
                failure(Map.of("WENDA_HTTP_HOST", "not a host!"), Optional.empty()));
        assertEquals(
                "config: slack.host must be an address such as 0.0.0.0 or 127.0.0.1, or a host name, was"
                        + " 'a\\nERROR forged\\u001b[31m' (WENDA_SLACK_HOST)",
                failure(Map.of("WENDA_SLACK_HOST", "a\nERROR forged\u001b[31m"), Optional.empty()));
        assertEquals(
                "::1",
                new ConfigLoader(Map.of("WENDA_HTTP_HOST", "::1"), () -> "h")
                        .load(Optional.empty())
                        .http()
                        .host());
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("a 50 MB configuration file is refused by its size before it is read")
    void hugeYaml_refusedFast() throws IOException {
        Path file = dir.resolve("wenda.yaml");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(50L * 1024 * 1024);
        }
        assertEquals(
                "config: file " + file + " is 52428800 bytes, more than the 262144 allowed",
                failure(Map.of(), Optional.of(file)));
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    @DisplayName("a configuration or secret file that is a FIFO or a link to /dev/zero is refused without reading")
    void specialFiles_refused() throws Exception {
        Path fifo = dir.resolve("fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path zero = Files.createSymbolicLink(dir.resolve("zero"), Path.of("/dev/zero"));
        assertEquals("config: file " + fifo + " is not a regular file", failure(Map.of(), Optional.of(fifo)));
        assertEquals("config: file " + zero + " is not a regular file", failure(Map.of(), Optional.of(zero)));
        assertEquals(
                "config: db.password file " + zero + " is not a regular file (WENDA_DB_PASSWORD_FILE)",
                failure(Map.of("WENDA_DB_PASSWORD_FILE", zero.toString()), Optional.empty()));
        assertEquals(
                "config: db.password file " + fifo + " is not a regular file (WENDA_DB_PASSWORD_FILE)",
                failure(Map.of("WENDA_DB_PASSWORD_FILE", fifo.toString()), Optional.empty()));
    }
}
