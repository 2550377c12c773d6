package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.store.TestDatabases.Backend;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A store call never hangs: statements are cancelled after the query timeout, silent sockets dropped. */
class StoreTimeoutsTest {
    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("PostgreSQL behind a partition (packets held, no reset): a call fails as an outage within the"
            + " socket timeout, and the store answers again once the partition heals")
    void postgresPartition_callEndsAsOutage_thenRecovers() throws Exception {
        try (var fresh = TestDatabases.open(Backend.POSTGRES);
                var link = CuttableLink.toPostgres(fresh.postgresUrl());
                var db = Database.open(StoreConfig.url(link.route(fresh.postgresUrl()))
                        .withSchema(fresh.schema())
                        .withPoolSize(2)
                        .withConnectTimeout(Duration.ofSeconds(1))
                        .withQueryTimeout(Duration.ofSeconds(1)))) {
            assertEquals(1, db.jdbc().queryOne("select 1", row -> row.getInt(1)).orElseThrow());
            link.hold();
            long start = System.nanoTime();
            assertThrows(StoreOutage.class, () -> db.jdbc().queryOne("select 1", row -> row.getInt(1)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            // socket timeout: query timeout 1 s + margin 2 s; a hung call used to last the whole partition
            assertTrue(millis >= 2_500 && millis < 10_000, "ended after " + millis + " ms");
            link.release();
            assertEquals(1, db.jdbc().queryOne("select 1", row -> row.getInt(1)).orElseThrow());
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    @DisplayName("a statement running past the query timeout is cancelled on H2 and PostgreSQL alike")
    void longStatement_isCancelled() {
        for (Backend backend : Backend.values()) {
            if (backend == Backend.POSTGRES && System.getenv(TestDatabases.PG_ENV) == null) {
                continue; // TestDatabases skips PostgreSQL locally without the variable
            }
            try (var fresh = TestDatabases.open(backend);
                    var db = Database.open(fresh.database().config().withQueryTimeout(Duration.ofSeconds(1)))) {
                String slow = backend == Backend.H2
                        ? "select max(rand()) from system_range(1, 100000), system_range(1, 100000)"
                        : "select pg_sleep(30)";
                long start = System.nanoTime();
                StoreException e =
                        assertThrows(StoreException.class, () -> db.jdbc().queryOne(slow, row -> row.getLong(1)));
                long millis = (System.nanoTime() - start) / 1_000_000;
                // cancelled by the timeout, not failed for another reason: a query timeout's SQL state
                // (H2 HYT00, PostgreSQL 57014 query_canceled) after at least the timeout
                SQLException cause = assertInstanceOf(SQLException.class, e.getCause(), backend + ": " + e);
                assertTrue(
                        cause.getSQLState().equals("HYT00")
                                || cause.getSQLState().equals("57014"),
                        backend + " failed with SQL state " + cause.getSQLState() + ": " + cause.getMessage());
                assertTrue(millis >= 900 && millis < 10_000, backend + " ended after " + millis + " ms");
            }
        }
    }
}
