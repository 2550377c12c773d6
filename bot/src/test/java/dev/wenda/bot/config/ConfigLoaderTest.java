package dev.wenda.bot.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path file = dir.resolve("wenda.yaml");
        Files.writeString(file, text);
        return file;
    }

    private static WendaConfig load(Map<String, String> env, Optional<Path> file) {
        return new ConfigLoader(env, () -> "host-a").load(file);
    }

    private static String failure(Map<String, String> env, Optional<Path> file) {
        return assertThrows(ConfigException.class, () -> load(env, file)).getMessage();
    }

    @Test
    @DisplayName("with no file and no variables every default applies: bundled bank, H2 under ./data, no platform")
    void defaults() {
        WendaConfig config = load(Map.of(), Optional.empty());
        assertEquals("host-a", config.instance().id());
        assertEquals(Optional.empty(), config.content().dir());
        assertEquals(new WendaConfig.Http(true, "127.0.0.1", 8080), config.http());
        assertEquals("jdbc:h2:file:./data/wenda", config.db().url());
        assertEquals(false, config.discord().enabled());
        assertEquals(new ShardRange(0, 0, 1), config.discord().shards());
        assertEquals(WendaConfig.Slack.Mode.SOCKET, config.slack().mode());
        assertEquals(new WendaConfig.Limits(10, 60, 40, Duration.ofSeconds(60)), config.limits());
        assertEquals(false, config.slack().enabled());
        assertEquals(WendaConfig.Logging.Format.TEXT, config.log().format());
        assertEquals(Duration.ofSeconds(8), config.shutdown().timeout());
    }

    @Test
    @DisplayName(
            "search.dense is on by default; the file or WENDA_SEARCH_DENSE turns it off; a non-boolean stops startup")
    void searchDense() throws IOException {
        assertEquals(
                new WendaConfig.Search(true), load(Map.of(), Optional.empty()).search());
        assertEquals(
                new WendaConfig.Search(false),
                load(Map.of(), Optional.of(yaml("search:\n  dense: false\n"))).search());
        assertEquals(
                new WendaConfig.Search(false),
                load(Map.of("WENDA_SEARCH_DENSE", "false"), Optional.empty()).search());
        assertEquals(
                "config: search.dense must be true or false, was 'maybe' (WENDA_SEARCH_DENSE)",
                failure(Map.of("WENDA_SEARCH_DENSE", "maybe"), Optional.empty()));
    }

    @Test
    @DisplayName("the file sets values and an environment variable overrides the file")
    void environmentOverridesFile() throws IOException {
        Path file = yaml("""
                http:
                  port: 9000
                  host: 0.0.0.0
                discord:
                  shards: 0-3/8
                """);
        WendaConfig config =
                load(Map.of("WENDA_HTTP_PORT", "9100", "WENDA_DISCORD_SHARDS", "4-7/8"), Optional.of(file));
        assertEquals(new WendaConfig.Http(true, "0.0.0.0", 9100), config.http());
        assertEquals(new ShardRange(4, 7, 8), config.discord().shards());
    }

    @Test
    @DisplayName("an empty environment variable counts as unset")
    void emptyVariableIsUnset() {
        assertEquals(
                8080,
                load(Map.of("WENDA_HTTP_PORT", ""), Optional.empty()).http().port());
    }

    @Test
    @DisplayName("an unknown key stops loading with its name, line and the keys of its section")
    void unknownKey() throws IOException {
        Path file = yaml("""
                # comment
                http:
                  port: 8080
                discord:
                  shardz: 0-3/8
                """);
        assertEquals(
                "config: unknown key 'discord.shardz' in wenda.yaml (line 5); keys of discord: enabled, token,"
                        + " shards, process-index, message-content, admin-role, command-guilds",
                failure(Map.of(), Optional.of(file)));
    }

    @Test
    @DisplayName("an unknown section lists the sections")
    void unknownSection() throws IOException {
        assertEquals(
                "config: unknown key 'discrod.enabled' in wenda.yaml (line 2); sections: instance, content, search, http, db,"
                        + " discord, slack, limits, quiz, log, shutdown, web",
                failure(Map.of(), Optional.of(yaml("discrod:\n  enabled: true\n"))));
    }

    @Test
    @DisplayName("a bad value names the key, the value and the file line it came from")
    void badValueFromFile() throws IOException {
        assertEquals(
                "config: http.port must be 0-65535, was 70000 (wenda.yaml line 2)",
                failure(Map.of(), Optional.of(yaml("http:\n  port: 70000\n"))));
    }

    @Test
    @DisplayName("a bad value from the environment names the variable")
    void badValueFromEnvironment() {
        assertEquals(
                "config: http.port must be a whole number, was 'eighty' (WENDA_HTTP_PORT)",
                failure(Map.of("WENDA_HTTP_PORT", "eighty"), Optional.empty()));
        assertEquals(
                "config: discord.enabled must be true or false, was 'yes please' (WENDA_DISCORD_ENABLED)",
                failure(Map.of("WENDA_DISCORD_ENABLED", "yes please"), Optional.empty()));
        assertEquals(
                "config: log.format must be text or json, was 'xml' (WENDA_LOG_FORMAT)",
                failure(Map.of("WENDA_LOG_FORMAT", "xml"), Optional.empty()));
        assertEquals(
                "config: db.url must be a jdbc:h2: or jdbc:postgresql: URL, was 'mysql://db/wenda' (WENDA_DB_URL)",
                failure(Map.of("WENDA_DB_URL", "mysql://db/wenda"), Optional.empty()));
    }

    @Test
    @DisplayName("a secret written in the file is rejected with where it must go instead")
    void secretInFileRejected() throws IOException {
        Path file = yaml("""
                discord:
                  enabled: true
                  token: abc.def.ghi
                """);
        String message = failure(Map.of(), Optional.of(file));
        assertEquals(
                "config: discord.token is a secret and is not read from wenda.yaml (line 3): remove it and set"
                        + " WENDA_DISCORD_TOKEN or WENDA_DISCORD_TOKEN_FILE",
                message);
    }

    @Test
    @DisplayName("secrets come from a variable or from the file a _FILE variable names, trimmed")
    void secretsFromEnvironmentAndFiles() throws IOException {
        Path tokenFile = dir.resolve("slack-app");
        Files.writeString(tokenFile, "xapp-1-secret\n");
        WendaConfig config = load(
                Map.of(
                        "WENDA_SLACK_ENABLED", "true",
                        "WENDA_SLACK_BOT_TOKEN", "xoxb-42-bot",
                        "WENDA_SLACK_APP_TOKEN_FILE", tokenFile.toString()),
                Optional.empty());
        assertEquals("xoxb-42-bot", config.slack().botToken().orElseThrow().reveal());
        assertEquals("xapp-1-secret", config.slack().appToken().orElseThrow().reveal());
        assertEquals("****", config.slack().appToken().orElseThrow().toString());
    }

    @Test
    @DisplayName("comma-separated lists and ids are read and checked")
    void lists() throws IOException {
        Path file = yaml("""
                discord:
                  command-guilds: 123, 456
                  admin-role: "789"
                slack:
                  admins: U1,U2
                """);
        WendaConfig config = load(Map.of(), Optional.of(file));
        assertEquals(java.util.List.of("123", "456"), config.discord().commandGuilds());
        assertEquals(Optional.of("789"), config.discord().adminRole());
        assertEquals(java.util.List.of("U1", "U2"), config.slack().admins());
        assertEquals(
                "config: discord.command-guilds must hold Discord ids (digits), was 'my-guild' (WENDA_DISCORD_COMMAND_GUILDS)",
                failure(Map.of("WENDA_DISCORD_COMMAND_GUILDS", "1,my-guild"), Optional.empty()));
    }

    @Test
    @DisplayName("a secret set both directly and by file is ambiguous")
    void secretSetTwice() {
        assertEquals(
                "config: db.password is set twice: set WENDA_DB_PASSWORD or WENDA_DB_PASSWORD_FILE, not both",
                failure(
                        Map.of("WENDA_DB_PASSWORD", "pw-secret-1", "WENDA_DB_PASSWORD_FILE", "/run/secrets/pw"),
                        Optional.empty()));
    }

    @Test
    @DisplayName("a secret file that does not exist is named")
    void missingSecretFile() {
        Path missing = dir.resolve("nope");
        assertEquals(
                "config: discord.token file " + missing + " does not exist (WENDA_DISCORD_TOKEN_FILE)",
                failure(Map.of("WENDA_DISCORD_TOKEN_FILE", missing.toString()), Optional.empty()));
    }

    @Test
    @DisplayName("enabling a platform without its token says which variable to set")
    void platformWithoutToken() {
        assertEquals(
                "config: discord.token is required when discord.enabled is true: set WENDA_DISCORD_TOKEN or"
                        + " WENDA_DISCORD_TOKEN_FILE",
                failure(Map.of("WENDA_DISCORD_ENABLED", "true"), Optional.empty()));
        assertEquals(
                "config: slack.app-token is required when slack.enabled is true (Socket Mode): set"
                        + " WENDA_SLACK_APP_TOKEN or WENDA_SLACK_APP_TOKEN_FILE",
                failure(
                        Map.of("WENDA_SLACK_ENABLED", "true", "WENDA_SLACK_BOT_TOKEN", "xoxb-1-bot"),
                        Optional.empty()));
        assertEquals(
                "config: slack.signing-secret is required when slack.mode is http: set"
                        + " WENDA_SLACK_SIGNING_SECRET or WENDA_SLACK_SIGNING_SECRET_FILE",
                failure(
                        Map.of(
                                "WENDA_SLACK_ENABLED",
                                "true",
                                "WENDA_SLACK_BOT_TOKEN",
                                "xoxb-1-bot",
                                "WENDA_SLACK_MODE",
                                "http"),
                        Optional.empty()));
    }

    @Test
    @DisplayName("the study pages need a secret of 16+ bytes when enabled, and link under http://host:port by default")
    void webPages_secretRequiredAndDefaultRoot() {
        assertEquals(
                "config: web.secret is required when web.enabled is true: set WENDA_WEB_SECRET or"
                        + " WENDA_WEB_SECRET_FILE",
                failure(Map.of("WENDA_WEB_ENABLED", "true"), Optional.empty()));
        assertEquals(
                "config: web.secret must be at least 16 bytes (value not shown)",
                failure(Map.of("WENDA_WEB_SECRET", "short-one"), Optional.empty()));
        WendaConfig config = new ConfigLoader(
                        Map.of("WENDA_WEB_ENABLED", "true", "WENDA_WEB_SECRET", "sixteen bytes at least"), () -> "h")
                .load(Optional.empty());
        assertEquals("http://127.0.0.1:8081", config.web().root());
        assertEquals(7, config.web().linkDays());
        assertTrue(config.secrets().contains(new Secret("sixteen bytes at least")));
    }

    @Test
    @DisplayName("http.port 0 is accepted: the ops endpoint binds any free port")
    void httpPortZero_anyFreePort() {
        WendaConfig config = new ConfigLoader(Map.of("WENDA_HTTP_PORT", "0"), () -> "h").load(Optional.empty());
        assertEquals(0, config.http().port());
    }

    @Test
    @DisplayName("a secret's value never appears in an error message")
    void secretNeverInMessage() {
        String message =
                failure(Map.of("WENDA_DISCORD_TOKEN", "very-secret-token", "WENDA_HTTP_PORT", "-1"), Optional.empty());
        assertEquals("config: http.port must be 0-65535, was -1 (WENDA_HTTP_PORT)", message);
    }

    @Test
    @DisplayName("YAML problems are reported with the line: syntax, lists, duplicates, a section given a value")
    void yamlShapeProblems() throws IOException {
        assertEquals(
                "config: 'http' in wenda.yaml (line 1) is a section, not a value; its keys: enabled, host, port",
                failure(Map.of(), Optional.of(yaml("http: 8080\n"))));
        assertEquals(
                "config: 'http.host' in wenda.yaml (line 2) must be a single value, not a list",
                failure(Map.of(), Optional.of(yaml("http:\n  host: [a, b]\n"))));
        assertEquals(
                "config: duplicate key 'http.port' in wenda.yaml (lines 2 and 3)",
                failure(Map.of(), Optional.of(yaml("http:\n  port: 1\n  port: 2\n"))));
        assertEquals(
                "config: file " + dir.resolve("absent.yaml") + " does not exist",
                failure(Map.of(), Optional.of(dir.resolve("absent.yaml"))));
    }

    @Test
    @DisplayName("an empty file and empty sections mean every default")
    void emptyFile() throws IOException {
        assertEquals(load(Map.of(), Optional.empty()), load(Map.of(), Optional.of(yaml(""))));
        assertEquals(load(Map.of(), Optional.empty()), load(Map.of(), Optional.of(yaml("discord:\nslack:\n"))));
    }

    @Test
    @DisplayName("WENDA_ variables that no key reads are reported, launcher and test variables excepted")
    void unknownVariables() {
        ConfigLoader loader = new ConfigLoader(
                Map.of(
                        "WENDA_HTTP_PROT",
                        "1",
                        "WENDA_JAVA_OPTS",
                        "-Xmx1g",
                        "WENDA_TEST_PG_URL",
                        "x",
                        "WENDA_DB_URL",
                        "y"),
                () -> "h");
        assertEquals(java.util.List.of("WENDA_HTTP_PROT"), loader.unknownEnvNames());
    }

    @Test
    @DisplayName("Slack in http mode needs the signing secret instead of the app token; admins are a comma list")
    void slackHttpMode() throws IOException {
        Path file = yaml("""
                slack:
                  enabled: true
                  mode: http
                  host: 0.0.0.0
                  port: 3100
                  admins: U01, U02 ,
                """);
        WendaConfig config = load(
                Map.of("WENDA_SLACK_BOT_TOKEN", "xoxb-1-bot", "WENDA_SLACK_SIGNING_SECRET", "sig-secret"),
                Optional.of(file));

        assertEquals(WendaConfig.Slack.Mode.HTTP, config.slack().mode());
        assertEquals("0.0.0.0", config.slack().host());
        assertEquals(3100, config.slack().port());
        assertEquals(java.util.List.of("U01", "U02"), config.slack().admins());
        assertEquals(
                "config: slack.signing-secret is required when slack.mode is http: set WENDA_SLACK_SIGNING_SECRET or"
                        + " WENDA_SLACK_SIGNING_SECRET_FILE",
                failure(Map.of("WENDA_SLACK_BOT_TOKEN", "xoxb-1-bot"), Optional.of(file)));
        assertEquals(
                "config: slack.mode must be socket or http, was 'webhook' (WENDA_SLACK_MODE)",
                failure(Map.of("WENDA_SLACK_MODE", "webhook"), Optional.empty()));
    }
}
