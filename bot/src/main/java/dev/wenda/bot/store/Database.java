package dev.wenda.bot.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * An open store: a HikariCP pool on the configured database, migrated by Flyway to the current
 * schema on open. Close it to release the pool.
 */
public final class Database implements AutoCloseable {
    private final StoreConfig config;
    private final HikariDataSource pool;
    private final Jdbc jdbc;

    private Database(StoreConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
        this.jdbc = new Jdbc(pool, config.queryTimeout());
    }

    /** Opens the pool and applies every pending migration from {@code db/migration}. */
    public static Database open(StoreConfig config) {
        return open(config, Optional.empty());
    }

    /**
     * Opens the pool, reporting its connections through {@code poolMetrics} when given, and applies
     * every pending migration from {@code db/migration}.
     */
    public static Database open(StoreConfig config, Optional<MetricsTrackerFactory> poolMetrics) {
        Objects.requireNonNull(config, "config");
        Objects.requireNonNull(poolMetrics, "poolMetrics");
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(config.jdbcUrl());
        // Flyway holds one connection for its lock while it migrates through another.
        hikari.setMaximumPoolSize(Math.max(2, config.poolSize()));
        hikari.setPoolName("wenda-store");
        hikari.setConnectionTimeout(config.connectTimeout().toMillis());
        hikari.setValidationTimeout(Math.min(config.connectTimeout().toMillis(), 5_000));
        config.schema().ifPresent(hikari::setSchema);
        // An idle connection is checked every minute, so one a partition or a firewall cut is
        // replaced before a caller gets it.
        hikari.setKeepaliveTime(Duration.ofSeconds(60).toMillis());
        if (config.postgres()) {
            // pgjdbc waits forever by default: a partition (packets held, no reset) would hang a
            // call for as long as it lasts. Seconds, as pgjdbc reads them.
            hikari.addDataSourceProperty("connectTimeout", seconds(config.connectTimeout()));
            hikari.addDataSourceProperty("loginTimeout", seconds(config.connectTimeout()));
            hikari.addDataSourceProperty(
                    "socketTimeout", seconds(config.queryTimeout().plus(StoreConfig.SOCKET_MARGIN)));
            hikari.addDataSourceProperty("cancelSignalTimeout", seconds(config.connectTimeout()));
            hikari.addDataSourceProperty("tcpKeepAlive", "true");
        }
        poolMetrics.ifPresent(hikari::setMetricsTrackerFactory);
        HikariDataSource pool = null;
        try {
            // Inside the try: an unreachable database fails here, and callers get a StoreException
            // that says it is an outage instead of the pool's own exception.
            pool = new HikariDataSource(hikari);
            var flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:" + Migrations.LOCATION)
                    .resourceProvider(new Migrations(Database.class.getClassLoader()))
                    .javaMigrationClassProvider(List::of);
            if (config.schema().isPresent()) {
                flyway = flyway.schemas(config.schema().get()).createSchemas(true);
            }
            flyway.load().migrate();
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw StoreException.of("cannot open the store at " + config.safeUrl() + ": " + e.getMessage(), e);
        }
        return new Database(config, pool);
    }

    private static String seconds(Duration duration) {
        return String.valueOf(Math.max(1, (duration.toMillis() + 999) / 1000));
    }

    /** The one gateway every store class goes through. */
    public Jdbc jdbc() {
        return jdbc;
    }

    public StoreConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }
}
