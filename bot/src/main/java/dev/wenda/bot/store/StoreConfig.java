package dev.wenda.bot.store;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the store lives.
 *
 * @param jdbcUrl a JDBC URL: {@code jdbc:h2:...} or {@code jdbc:postgresql://...}
 * @param schema the schema to migrate and use, when not the database's default (tests use a fresh
 *     random one per run)
 * @param poolSize the connection pool's maximum size
 * @param connectTimeout how long a caller waits for a connection before the store reports an
 *     outage ({@link StoreOutage}); short, so a database that went away pauses the quiz
 *     quickly instead of holding chat threads for HikariCP's default 30 s
 * @param queryTimeout how long one statement may run; on PostgreSQL a silent network (a partition:
 *     packets held, no reset) ends a call after this plus {@link #SOCKET_MARGIN}, as an outage
 */
public record StoreConfig(
        String jdbcUrl, Optional<String> schema, int poolSize, Duration connectTimeout, Duration queryTimeout) {
    /** The default {@link #connectTimeout()}. */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** The default {@link #queryTimeout()}; Wenda's statements take milliseconds. */
    public static final Duration QUERY_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The socket read timeout is the query timeout plus this: a slow statement is cancelled by the
     * server first, a connection that went silent is dropped by the socket timeout.
     */
    public static final Duration SOCKET_MARGIN = Duration.ofSeconds(2);

    /** H2 options that make it accept the same SQL as PostgreSQL. */
    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * For an H2 file: write every commit to the file at once. H2's default (500 ms) keeps committed
     * rows in memory until a background writer stores them, so a process killed with SIGKILL lost
     * quiz answers it had already acknowledged.
     */
    static final String H2_FILE_OPTIONS = ";WRITE_DELAY=0";

    public StoreConfig {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(queryTimeout, "queryTimeout");
        if (connectTimeout.toMillis() < 250) {
            throw new IllegalArgumentException("connectTimeout must be at least 250 ms, was " + connectTimeout);
        }
        if (queryTimeout.toSeconds() < 1) {
            throw new IllegalArgumentException("queryTimeout must be at least 1 s, was " + queryTimeout);
        }
        if (!jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException(
                    "jdbcUrl must start with jdbc:h2: or jdbc:postgresql:, was " + redact(jdbcUrl));
        }
        if (poolSize < 1 || poolSize > 200) {
            throw new IllegalArgumentException("poolSize must be 1-200, was " + poolSize);
        }
        schema.ifPresent(s -> {
            if (!s.matches("[a-z_][a-z0-9_]{0,62}")) {
                throw new IllegalArgumentException("schema must match [a-z_][a-z0-9_]*, was " + s);
            }
        });
    }

    /** The default store: an H2 file {@code wenda} inside {@code dataDir}. */
    public static StoreConfig h2File(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("wenda");
        return new StoreConfig(
                "jdbc:h2:file:" + file + H2_OPTIONS + H2_FILE_OPTIONS,
                Optional.empty(),
                10,
                CONNECT_TIMEOUT,
                QUERY_TIMEOUT);
    }

    /** A private in-memory H2 database, gone when its pool closes (tests, benchmarks). */
    public static StoreConfig h2Memory(String name) {
        return new StoreConfig(
                "jdbc:h2:mem:" + name + H2_OPTIONS, Optional.empty(), 10, CONNECT_TIMEOUT, QUERY_TIMEOUT);
    }

    /**
     * A store at {@code jdbcUrl} (H2 URLs get the PostgreSQL-compatibility options added, H2 file URLs
     * also {@link #H2_FILE_OPTIONS} unless they set {@code WRITE_DELAY} themselves).
     */
    public static StoreConfig url(String jdbcUrl) {
        String url = jdbcUrl.startsWith("jdbc:h2:") && !jdbcUrl.contains("MODE=") ? jdbcUrl + H2_OPTIONS : jdbcUrl;
        boolean h2File = url.startsWith("jdbc:h2:")
                && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:")
                && !url.startsWith("jdbc:h2:ssl:");
        if (h2File && !url.toUpperCase(Locale.ROOT).contains("WRITE_DELAY=")) {
            url += H2_FILE_OPTIONS;
        }
        return new StoreConfig(url, Optional.empty(), 10, CONNECT_TIMEOUT, QUERY_TIMEOUT);
    }

    public StoreConfig withSchema(String name) {
        return new StoreConfig(jdbcUrl, Optional.of(name), poolSize, connectTimeout, queryTimeout);
    }

    public StoreConfig withPoolSize(int size) {
        return new StoreConfig(jdbcUrl, schema, size, connectTimeout, queryTimeout);
    }

    public StoreConfig withConnectTimeout(Duration timeout) {
        return new StoreConfig(jdbcUrl, schema, poolSize, timeout, queryTimeout);
    }

    public StoreConfig withQueryTimeout(Duration timeout) {
        return new StoreConfig(jdbcUrl, schema, poolSize, connectTimeout, timeout);
    }

    boolean postgres() {
        return jdbcUrl.startsWith("jdbc:postgresql:");
    }

    /** The URL with any password parameter hidden, for messages and logs. */
    public String safeUrl() {
        return redact(jdbcUrl);
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/@:;?#]*:)[^/@]*@", "$1***@");
    }
}
