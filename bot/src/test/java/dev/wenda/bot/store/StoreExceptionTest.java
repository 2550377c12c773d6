package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoreExceptionTest {
    @Test
    @DisplayName("no connection in time, SQLSTATE class 08 and PostgreSQL shutdown states are outages")
    void connectionFailures_areOutages() {
        assertInstanceOf(
                StoreOutage.class, StoreException.of("x", new SQLTransientConnectionException("pool timed out")));
        assertInstanceOf(StoreOutage.class, StoreException.of("x", new SQLException("I/O error", "08006")));
        assertInstanceOf(
                StoreOutage.class, StoreException.of("x", new SQLException("terminating connection", "57P01")));
        assertInstanceOf(
                StoreOutage.class, StoreException.of("x", new RuntimeException(new SQLException("refused", "08001"))));
    }

    @Test
    @DisplayName("a failing statement on a working database is not an outage")
    void statementFailures_areNotOutages() {
        assertInstanceOf(StoreFailure.class, StoreException.of("x", new SQLException("duplicate key", "23505")));
        assertInstanceOf(StoreFailure.class, StoreException.of("x", new SQLException("syntax error", "42601")));
        assertInstanceOf(StoreFailure.class, StoreException.of("x", new SQLException("no state")));
    }
}
