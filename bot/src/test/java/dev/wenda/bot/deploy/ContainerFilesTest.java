package dev.wenda.bot.deploy;

import static dev.wenda.bot.deploy.DeployFiles.assertConfigReadsAll;
import static dev.wenda.bot.deploy.DeployFiles.fieldNames;
import static dev.wenda.bot.deploy.DeployFiles.text;
import static dev.wenda.bot.deploy.DeployFiles.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.cli.ServeCommand;
import dev.wenda.bot.config.ConfigKey;
import dev.wenda.bot.config.ConfigKeys;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.ops.OpsServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ContainerFilesTest {
    private static final Pattern ENV_NAME =
            Pattern.compile("^\\s*(?:ENV\\s+|Environment=)?([A-Z][A-Z0-9_]*)=", Pattern.MULTILINE);

    private static List<String> names(Pattern pattern, String text) {
        List<String> names = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    @DisplayName("the example config documents every key with its default, and secrets only by variable")
    void exampleConfig() {
        Path example = DeployFiles.DEPLOY.resolve("wenda.example.yaml");
        ConfigLoader loader = new ConfigLoader(Map.of(), () -> "host");
        assertEquals(loader.load(Optional.empty()), loader.load(Optional.of(example)));
        JsonNode tree = yaml("wenda.example.yaml");
        String text = text("wenda.example.yaml");
        for (ConfigKey key : ConfigKeys.all()) {
            String pointer = "/" + key.name().replace('.', '/');
            if (key.type() == ConfigKey.Type.SECRET) {
                assertTrue(tree.at(pointer).isMissingNode(), key.name() + " must not be in the file");
                assertTrue(text.contains(key.envName()) && text.contains(key.fileEnvName()), key.name());
            } else {
                assertTrue(!tree.at(pointer).isMissingNode(), key.name() + " is not documented");
            }
        }
    }

    @Test
    @DisplayName(
            "the image builds the jar with the launcher's Maven command and runs it as non-root with a health check")
    void dockerfile() throws IOException {
        String docker = text("Dockerfile");
        String launcher = Files.readString(Path.of("..", "wenda"));
        Matcher build = Pattern.compile("\\./mvnw [^>]*package").matcher(launcher);
        assertTrue(build.find());
        assertTrue(docker.contains(build.group().strip()), "Dockerfile must build with: " + build.group());
        assertTrue(docker.contains("FROM eclipse-temurin:21-jdk AS build"));
        List<String> froms = Pattern.compile("^FROM (\\S+)", Pattern.MULTILINE)
                .matcher(docker)
                .results()
                .map(r -> r.group(1))
                .toList();
        assertEquals(List.of("eclipse-temurin:21-jdk", "eclipse-temurin:21-jre"), froms);
        assertTrue(docker.contains("COPY --from=build /src/bot/target/wenda.jar /app/wenda.jar"));
        Matcher user = Pattern.compile("^USER (\\S+)", Pattern.MULTILINE).matcher(docker);
        assertTrue(user.find());
        assertTrue(!user.group(1).startsWith("0") && !user.group(1).startsWith("root"), user.group(1));
        assertTrue(docker.contains("WENDA_HTTP_PORT=8080"));
        assertTrue(docker.contains("http://127.0.0.1:8080" + OpsServer.HEALTH_PATH), "HEALTHCHECK on /healthz");
        assertTrue(docker.contains("ENTRYPOINT [\"java\", \"-jar\", \"/app/wenda.jar\"]"));
        List<String> env = names(ENV_NAME, docker);
        assertEquals(List.of("WENDA_HTTP_HOST", "WENDA_HTTP_PORT", "ORT_DISABLE_TELEMETRY", "JAVA_TOOL_OPTIONS"), env);
        assertConfigReadsAll(env, "Dockerfile");
    }

    @Test
    @DisplayName(
            "compose runs the bot on PostgreSQL 16 with volumes, health checks and only variables the config reads")
    void compose() {
        JsonNode compose = yaml("compose.yaml");
        JsonNode postgres = compose.at("/services/postgres");
        JsonNode bot = compose.at("/services/bot");
        assertTrue(postgres.get("image").asText().startsWith("postgres:16"));
        assertEquals(List.of("pgdata", "botdata"), fieldNames(compose.get("volumes")));
        assertTrue(postgres.get("volumes").get(0).asText().startsWith("pgdata:"));
        assertTrue(bot.toString().contains("\"botdata:/app/data\""));
        assertTrue(postgres.at("/healthcheck/test").toString().contains("pg_isready"));
        assertTrue(bot.at("/healthcheck/test").toString().contains("http://127.0.0.1:8080" + OpsServer.HEALTH_PATH));
        assertEquals("service_healthy", bot.at("/depends_on/postgres/condition").asText());
        assertEquals("deploy/Dockerfile", bot.at("/build/dockerfile").asText());

        List<String> env = fieldNames(bot.get("environment"));
        assertConfigReadsAll(env, "compose.yaml");
        assertTrue(bot.at("/environment/WENDA_DB_URL").asText().startsWith("jdbc:postgresql://postgres:5432/"));
        String mounted = bot.get("volumes").get(0).asText();
        assertEquals("./wenda.example.yaml:/app/wenda.yaml:ro", mounted);
        assertEquals("/app/wenda.yaml", bot.at("/environment/WENDA_CONFIG").asText());
        Duration grace = Duration.ofSeconds(
                Long.parseLong(bot.get("stop_grace_period").asText().replace("s", "")));
        assertTrue(grace.compareTo(WendaConfig.defaults().shutdown().timeout()) > 0);
    }

    @Test
    @DisplayName(".env.example sets only variables compose or the config uses, and every required one")
    void envExample() {
        List<String> names = names(ENV_NAME, text(".env.example"));
        assertConfigReadsAll(names, ".env.example");
        String compose = text("compose.yaml");
        for (String name : names) {
            assertTrue(compose.contains("${" + name), name + " is not used by compose.yaml");
        }
        Matcher required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(compose);
        while (required.find()) {
            assertTrue(names.contains(required.group(1)), required.group(1) + " is required but not in .env.example");
        }
    }

    @Test
    @DisplayName("the systemd unit runs serve, does not restart on a config error, and waits out the graceful stop")
    void systemd() {
        String unit = text("systemd/wenda.service");
        assertTrue(unit.contains("-jar /opt/wenda/wenda.jar serve"));
        assertConfigReadsAll(names(ENV_NAME, unit), "wenda.service");
        assertTrue(unit.contains("Environment=WENDA_CONFIG=/etc/wenda/wenda.yaml"));
        assertTrue(unit.contains("RestartPreventExitStatus=" + ServeCommand.CONFIG_ERROR));
        assertTrue(unit.contains("SuccessExitStatus=143"));
        Matcher stop = Pattern.compile("TimeoutStopSec=(\\d+)").matcher(unit);
        assertTrue(stop.find());
        assertTrue(Long.parseLong(stop.group(1))
                > WendaConfig.defaults().shutdown().timeout().toSeconds());
    }
}
