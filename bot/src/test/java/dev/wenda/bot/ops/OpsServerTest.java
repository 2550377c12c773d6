package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OpsServerTest {
    private final AtomicReference<ReadinessCheck.Status> database = new AtomicReference<>(ReadinessCheck.Status.ok());
    private final OpsServer server = OpsServer.start(
            "127.0.0.1",
            0,
            () -> "wenda_up 1\n",
            List.of(
                    ReadinessCheck.of("index", ReadinessCheck.Status::ok),
                    ReadinessCheck.of("database", database::get),
                    ReadinessCheck.of("discord", () -> {
                        throw new IllegalStateException("boom");
                    })));
    private final HttpClient client = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        server.close();
        client.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("/healthz answers 200 while the process runs")
    void health() throws Exception {
        HttpResponse<String> response = get("/healthz");
        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"alive\"}", response.body());
    }

    @Test
    @DisplayName("/readyz answers 503 naming each failing check, a throwing check counting as failing")
    void notReady() throws Exception {
        database.set(ReadinessCheck.Status.failing("connection refused"));
        HttpResponse<String> response = get("/readyz");
        assertEquals(503, response.statusCode());
        assertEquals(
                "{\"status\":\"not ready\",\"failing\":[\"database\",\"discord\"],\"checks\":{\"index\":\"ok\","
                        + "\"database\":\"connection refused\",\"discord\":\"IllegalStateException: boom\"}}",
                response.body());
    }

    @Test
    @DisplayName("/metrics serves the Prometheus text; other paths are 404")
    void metricsAndUnknownPaths() throws Exception {
        HttpResponse<String> metrics = get("/metrics");
        assertEquals(200, metrics.statusCode());
        assertEquals("wenda_up 1\n", metrics.body());
        assertEquals(
                "text/plain; version=0.0.4; charset=utf-8",
                metrics.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(404, get("/readyz/extra").statusCode());
        assertEquals(404, get("/").statusCode());
    }
}
