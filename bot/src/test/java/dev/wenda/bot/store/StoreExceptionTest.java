package dev.wenda.bot.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoreExceptionTest {
    @Test
    @DisplayName("no connection in time, SQLSTATE class 08 and PostgreSQL shutdown states are outages")
    void connectionFailures_areOutages() {
        assertTrue(new StoreException("x", new SQLTransientConnectionException("pool timed out")).outage());
        assertTrue(new StoreException("x", new SQLException("I/O error", "08006")).outage());
        assertTrue(new StoreException("x", new SQLException("terminating connection", "57P01")).outage());
        assertTrue(new StoreException("x", new RuntimeException(new SQLException("refused", "08001"))).outage());
    }

    @Test
    @DisplayName("a failing statement on a working database is not an outage")
    void statementFailures_areNotOutages() {
        assertFalse(new StoreException("x", new SQLException("duplicate key", "23505")).outage());
        assertFalse(new StoreException("x", new SQLException("syntax error", "42601")).outage());
        assertFalse(new StoreException("x", new SQLException("no state")).outage());
    }
}
