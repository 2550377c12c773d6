package dev.wenda.bot.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.CuttableLink;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** /readyz and /healthz while PostgreSQL sits behind a partition, and after it heals. */
class ReadinessPartitionTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("during a partition /healthz answers at once and /readyz says 503 within the check timeout;"
            + " after the heal /readyz is 200 on the next round")
    void partition_readyzBoundedAndRecovers() throws Exception {
        AtomicLong nanos = new AtomicLong();
        try (var fresh = TestDatabases.open(Backend.POSTGRES);
                var link = CuttableLink.toPostgres(fresh.postgresUrl());
                var db = Database.open(StoreConfig.url(link.route(fresh.postgresUrl()))
                        .withSchema(fresh.schema())
                        .withPoolSize(2)
                        .withConnectTimeout(Duration.ofSeconds(1))
                        .withQueryTimeout(Duration.ofSeconds(1)));
                var ops = OpsServer.start(
                        "127.0.0.1",
                        0,
                        () -> "",
                        List.of(ReadinessCheck.of("database", () -> {
                            db.jdbc().queryOne("select 1", row -> row.getInt(1));
                            return ReadinessCheck.Status.ok();
                        })),
                        OpsServer.Limits.DEFAULT,
                        nanos::get);
                var client = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + ops.port();
            assertEquals(200, get(client, base + "/readyz").statusCode());

            link.hold();
            nanos.addAndGet(Duration.ofSeconds(2).toNanos());
            long start = System.nanoTime();
            HttpResponse<String> ready = get(client, base + "/readyz");
            long readyMillis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, ready.statusCode());
            assertEquals(
                    "{\"status\":\"not ready\",\"failing\":[\"database\"],\"checks\":{\"database\":\"no answer within"
                            + " 2000 ms\"}}",
                    ready.body());
            assertTrue(readyMillis < 6_000, "/readyz took " + readyMillis + " ms");
            start = System.nanoTime();
            assertEquals(200, get(client, base + "/healthz").statusCode());
            assertTrue((System.nanoTime() - start) / 1_000_000 < 2_000, "/healthz waited");

            link.release();
            nanos.addAndGet(Duration.ofSeconds(2).toNanos());
            HttpResponse<String> healed = get(client, base + "/readyz");
            assertEquals(200, healed.statusCode(), healed.body());
        }
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(10))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
