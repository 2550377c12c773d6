package dev.wenda.bot.deploy;

import static dev.wenda.bot.deploy.DeployFiles.assertConfigReadsAll;
import static dev.wenda.bot.deploy.DeployFiles.fieldNames;
import static dev.wenda.bot.deploy.DeployFiles.loadConfig;
import static dev.wenda.bot.deploy.DeployFiles.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.config.ShardRange;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.ops.OpsServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KubernetesManifestsTest {
    @TempDir
    Path tempDir;

    private static JsonNode container(JsonNode workload) {
        JsonNode containers = workload.at("/spec/template/spec/containers");
        assertEquals(1, containers.size());
        return containers.get(0);
    }

    private static Map<String, JsonNode> env(JsonNode container) {
        Map<String, JsonNode> env = new LinkedHashMap<>();
        container.get("env").forEach(entry -> env.put(entry.get("name").asText(), entry));
        return env;
    }

    private WendaConfig configMapConfig() {
        return loadConfig(yaml("k8s/configmap.yaml").at("/data/wenda.yaml").asText(), tempDir);
    }

    @Test
    @DisplayName("kustomization lists files that exist, and the Secret is left out of it")
    void kustomization() {
        List<String> resources = new ArrayList<>();
        yaml("k8s/kustomization.yaml").get("resources").forEach(r -> resources.add(r.asText()));
        assertEquals(
                List.of("configmap.yaml", "service.yaml", "slack-deployment.yaml", "discord-statefulset.yaml"),
                resources);
        resources.forEach(r ->
                assertTrue(Files.isRegularFile(DeployFiles.DEPLOY.resolve("k8s").resolve(r)), r));
    }

    @Test
    @DisplayName("the ConfigMap's wenda.yaml is a valid configuration")
    void configMapLoads() {
        WendaConfig config = configMapConfig();
        assertEquals(new WendaConfig.Http(true, "0.0.0.0", 8080), config.http());
        assertTrue(config.db().postgres());
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/slack-deployment.yaml", "k8s/discord-statefulset.yaml"})
    @DisplayName("probes point at the ops endpoint's paths on the configured port")
    void probes(String file) {
        JsonNode container = container(yaml(file));
        assertEquals(
                OpsServer.HEALTH_PATH,
                container.at("/livenessProbe/httpGet/path").asText());
        assertEquals(
                OpsServer.READY_PATH,
                container.at("/readinessProbe/httpGet/path").asText());
        assertEquals(
                OpsServer.HEALTH_PATH,
                container.at("/startupProbe/httpGet/path").asText());
        Map<String, Integer> ports = new LinkedHashMap<>();
        container
                .get("ports")
                .forEach(p ->
                        ports.put(p.get("name").asText(), p.get("containerPort").asInt()));
        for (String probe : List.of("livenessProbe", "readinessProbe", "startupProbe")) {
            String port = container.at("/" + probe + "/httpGet/port").asText();
            assertEquals(configMapConfig().http().port(), ports.get(port), probe + " port " + port);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"k8s/slack-deployment.yaml", "k8s/discord-statefulset.yaml"})
    @DisplayName("every variable a workload sets is read by the config; files, config and secrets are mounted")
    void environment(String file) {
        JsonNode workload = yaml(file);
        JsonNode container = container(workload);
        Map<String, JsonNode> env = env(container);
        assertConfigReadsAll(env.keySet(), file);

        Map<String, String> mounts = new LinkedHashMap<>();
        container
                .get("volumeMounts")
                .forEach(m ->
                        mounts.put(m.get("name").asText(), m.get("mountPath").asText()));
        Map<String, JsonNode> volumes = new LinkedHashMap<>();
        workload.at("/spec/template/spec/volumes")
                .forEach(v -> volumes.put(v.get("name").asText(), v));

        String configPath = env.get("WENDA_CONFIG").get("value").asText();
        assertEquals(mounts.get("config") + "/wenda.yaml", configPath);
        assertEquals("wenda-config", volumes.get("config").at("/configMap/name").asText());

        List<String> secretKeys = fieldNames(yaml("k8s/secret.example.yaml").get("stringData"));
        assertEquals(
                "wenda-secrets", volumes.get("secrets").at("/secret/secretName").asText());
        env.forEach((name, entry) -> {
            if (name.endsWith("_FILE")) {
                Path path = Path.of(entry.get("value").asText());
                assertEquals(Path.of(mounts.get("secrets")), path.getParent(), name);
                assertTrue(secretKeys.contains(path.getFileName().toString()), name + " names a key the Secret lacks");
            }
        });
        assertTrue(
                env.keySet().stream().noneMatch(n -> n.endsWith("_TOKEN") || n.endsWith("_PASSWORD")),
                "secrets come from files, not plain variables");
        assertTrue(
                workload.at("/spec/template/spec/terminationGracePeriodSeconds").asInt()
                        > configMapConfig().shutdown().timeout().toSeconds());
        assertTrue(
                workload.at("/spec/template/spec/securityContext/runAsNonRoot").asBoolean());
    }

    @Test
    @DisplayName("the StatefulSet's pods together run every Discord shard exactly once")
    void shardsCoverEveryShardOnce() {
        JsonNode set = yaml("k8s/discord-statefulset.yaml");
        int replicas = set.at("/spec/replicas").asInt();
        Map<String, JsonNode> env = env(container(set));
        String shards = env.get("WENDA_DISCORD_SHARDS").get("value").asText();
        assertEquals(
                "metadata.labels['apps.kubernetes.io/pod-index']",
                env.get("WENDA_DISCORD_PROCESS_INDEX")
                        .at("/valueFrom/fieldRef/fieldPath")
                        .asText());
        assertEquals(
                "metadata.name",
                env.get("WENDA_INSTANCE_ID").at("/valueFrom/fieldRef/fieldPath").asText());

        TreeSet<Integer> covered = new TreeSet<>();
        int total = -1;
        for (int ordinal = 0; ordinal < replicas; ordinal++) {
            String podName = set.at("/metadata/name").asText() + "-" + ordinal;
            ShardRange byIndex = ShardRange.parse(shards, OptionalInt.of(ordinal), podName);
            ShardRange byName = ShardRange.parse(shards, OptionalInt.empty(), podName);
            assertEquals(byIndex, byName, "the pod-index label and the pod name agree");
            total = byIndex.total();
            for (int shard = byIndex.first(); shard <= byIndex.last(); shard++) {
                assertTrue(covered.add(shard), "shard " + shard + " runs twice");
            }
        }
        assertEquals(IntStream.range(0, total).boxed().toList(), List.copyOf(covered));
    }

    @Test
    @DisplayName("the headless Service selects the StatefulSet's pods by the name it is bound to")
    void service() {
        JsonNode service = yaml("k8s/service.yaml");
        JsonNode set = yaml("k8s/discord-statefulset.yaml");
        assertEquals(
                set.at("/spec/serviceName").asText(),
                service.at("/metadata/name").asText());
        assertEquals("None", service.at("/spec/clusterIP").asText());
        assertEquals(set.at("/spec/template/metadata/labels"), service.at("/spec/selector"));
    }
}
