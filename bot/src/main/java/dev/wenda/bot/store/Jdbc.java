package dev.wenda.bot.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The JDBC gateway: every statement of the store runs through here, with parameters bound (never
 * concatenated) and each unit of work in one transaction.
 */
public final class Jdbc {
    private final DataSource dataSource;
    private final int queryTimeoutSeconds;

    /** @param queryTimeout how long one statement may run before the driver cancels it */
    Jdbc(DataSource dataSource, Duration queryTimeout) {
        this.dataSource = dataSource;
        this.queryTimeoutSeconds = (int) Math.max(1, queryTimeout.toSeconds());
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Work done inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws SQLException;
    }

    /** Runs {@code work} in a transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(new Tx(connection, queryTimeoutSeconds));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollback) {
                    // A broken connection cannot roll back; the server drops the transaction anyway,
                    // and the first failure is the one that tells what happened.
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw StoreException.of("database error: " + e.getMessage(), e);
        }
    }

    /** Runs a single statement on its own (auto-commit: one round trip, no explicit commit). */
    private <T> T single(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(new Tx(connection, queryTimeoutSeconds));
        } catch (SQLException e) {
            throw StoreException.of("database error: " + e.getMessage(), e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        return single(tx -> tx.query(sql, mapper, params));
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        return single(tx -> tx.queryOne(sql, mapper, params));
    }

    /** One insert, update or delete, committed on its own. */
    public int update(String sql, Object... params) {
        return single(tx -> tx.update(sql, params));
    }

    /** One open transaction. */
    public static final class Tx {
        private final Connection connection;
        private final int queryTimeoutSeconds;

        Tx(Connection connection, int queryTimeoutSeconds) {
            this.connection = connection;
            this.queryTimeoutSeconds = queryTimeoutSeconds;
        }

        public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
            try (PreparedStatement statement = prepare(sql, params);
                    ResultSet rows = statement.executeQuery()) {
                List<T> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
                return result;
            }
        }

        public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) throws SQLException {
            List<T> rows = query(sql, mapper, params);
            return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
        }

        /** Runs an insert, update or delete; returns the number of rows it touched. */
        public int update(String sql, Object... params) throws SQLException {
            try (PreparedStatement statement = prepare(sql, params)) {
                return statement.executeUpdate();
            }
        }

        private PreparedStatement prepare(String sql, Object... params) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            try {
                statement.setQueryTimeout(queryTimeoutSeconds);
                for (int i = 0; i < params.length; i++) {
                    if (params[i] == null) {
                        statement.setNull(i + 1, Types.NULL);
                    } else {
                        statement.setObject(i + 1, params[i]);
                    }
                }
                return statement;
            } catch (SQLException e) {
                statement.close();
                throw e;
            }
        }
    }
}
