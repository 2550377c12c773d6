package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * Fresh databases for store tests: a private in-memory H2, or a random schema on the PostgreSQL
 * named by {@code WENDA_TEST_PG_URL}. PostgreSQL tests skip locally without that variable but fail
 * on CI ({@code CI=true}), so CI never silently drops them.
 */
public final class TestDatabases {
    public static final String PG_ENV = "WENDA_TEST_PG_URL";

    /** The databases store tests run against. */
    public enum Backend {
        H2,
        POSTGRES
    }

    private TestDatabases() {}

    /** A freshly migrated, empty database; close the handle to drop it. */
    public static Fresh open(Backend backend) {
        return open(backend, 10);
    }

    public static Fresh open(Backend backend, int poolSize) {
        String name = "wenda_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        return switch (backend) {
            case H2 -> new Fresh(Database.open(StoreConfig.h2Memory(name).withPoolSize(poolSize)), null, name);
            case POSTGRES -> {
                String url = postgresUrl();
                yield new Fresh(
                        Database.open(StoreConfig.url(url).withSchema(name).withPoolSize(poolSize)), url, name);
            }
        };
    }

    /** A second pool on the same database and schema, as a second bot process would open. */
    public static Database reopen(Fresh fresh) {
        StoreConfig config = fresh.database().config();
        return Database.open(config);
    }

    static String postgresUrl() {
        String url = System.getenv(PG_ENV);
        if (url == null || url.isBlank()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(PG_ENV + " is not set but CI=true: the PostgreSQL store tests must run on CI");
            }
            assumeTrue(false, PG_ENV + " is not set; PostgreSQL store tests skipped locally");
        }
        return url;
    }

    /** An open test database; closing it drops the PostgreSQL schema (H2 memory goes with the pool). */
    public record Fresh(Database database, String postgresUrl, String schema) implements AutoCloseable {
        @Override
        public void close() {
            database.close();
            if (postgresUrl != null) {
                try (Connection c = DriverManager.getConnection(postgresUrl);
                        Statement s = c.createStatement()) {
                    s.execute("drop schema " + schema.toLowerCase(Locale.ROOT) + " cascade");
                } catch (SQLException e) {
                    throw new IllegalStateException("could not drop test schema " + schema, e);
                }
            }
        }
    }
}
