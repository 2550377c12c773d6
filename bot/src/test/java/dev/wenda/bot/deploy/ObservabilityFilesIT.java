package dev.wenda.bot.deploy;

import static dev.wenda.bot.cli.ServeProcess.freePort;
import static dev.wenda.bot.cli.ServeProcess.get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.cli.ServeProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Grafana dashboard and the alert rules in {@code deploy/observability} only use series that a
 * started {@code wenda serve} exports: a renamed metric fails here, not on an operator's empty panel.
 */
class ObservabilityFilesIT {
    private static final Path DIR =
            Path.of(System.getProperty("wenda.deploy", "../deploy")).resolve("observability");
    /** Series names in PromQL: the exporters' prefixes ({@code up} comes from Prometheus itself). */
    private static final Pattern SERIES = Pattern.compile(
            "\\b((?:wenda|hikaricp|jvm|process|cache|system)_[a-z0-9_]+|up)\\b(?=\\s*[{\\[)]|\\s*[=<>!]|\\s*$)");

    @TempDir
    Path dir;

    private static List<String> alertExpressions() throws IOException {
        List<String> exprs = new ArrayList<>();
        JsonNode rules = DeployFiles.yaml("observability/alerts.yaml");
        rules.at("/spec/groups").forEach(group -> group.get("rules")
                .forEach(rule -> exprs.add(rule.get("expr").asText())));
        return exprs;
    }

    private static List<String> dashboardExpressions() throws IOException {
        List<String> exprs = new ArrayList<>();
        JsonNode dashboard = new ObjectMapper()
                .readTree(DIR.resolve("grafana-dashboard.json").toFile());
        dashboard.get("panels").forEach(panel -> panel.get("targets")
                .forEach(t -> exprs.add(t.get("expr").asText())));
        return exprs;
    }

    static Set<String> seriesIn(List<String> expressions) {
        Set<String> names = new TreeSet<>();
        for (String expr : expressions) {
            Matcher m = SERIES.matcher(expr);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static Set<String> exported(String scrape) {
        Set<String> names = new TreeSet<>();
        scrape.lines()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0])
                .forEach(names::add);
        names.add("up");
        return names;
    }

    @Test
    @DisplayName("the series named by the PromQL scanner are the ones a reader sees in an expression")
    void seriesIn_findsNamesNotFunctions() {
        assertEquals(
                Set.of("hikaricp_connections_max", "up", "wenda_chat_requests_seconds_bucket"),
                seriesIn(List.of(
                        "up{job=\"wenda\"} == 0",
                        "histogram_quantile(0.99, sum by (le) (rate(wenda_chat_requests_seconds_bucket{kind=\"Ask\"}[5m])))",
                        "max by (instance) (hikaricp_connections_max)")));
    }

    @Test
    @DisplayName("every series the dashboard and the alerts use is on /metrics of a ready wenda serve")
    void dashboardAndAlerts_useExportedSeries() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        int port = freePort();
        try (ServeProcess wenda = ServeProcess.start(
                dir,
                "wenda.yaml",
                """
                instance:
                  id: metrics-0
                http:
                  host: 127.0.0.1
                  port: %d
                db:
                  url: jdbc:h2:file:%s
                """.formatted(port, dir.resolve("data/wenda").toString().replace('\\', '/')),
                Map.of())) {
            assertTrue(wenda.awaitLog("serving: no platform enabled"), () -> String.join("\n", wenda.log()));
            assertTrue(wenda.awaitLog("index loaded"), () -> String.join("\n", wenda.log()));
            assertTrue(wenda.awaitLog("database loaded"), () -> String.join("\n", wenda.log()));
            Set<String> exported = exported(get(port, "/metrics").body());
            Set<String> used = seriesIn(alertExpressions());
            used.addAll(seriesIn(dashboardExpressions()));
            assertTrue(used.size() > 20, () -> "the scan found only " + used);
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(exported);
            assertEquals(
                    Set.of(), missing, () -> "used by deploy/observability but not exported; exported: " + exported);
        }
    }
}
