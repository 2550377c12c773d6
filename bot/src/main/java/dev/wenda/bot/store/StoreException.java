package dev.wenda.bot.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** A database failure: a bug or an outage, never a user mistake. */
public final class StoreException extends RuntimeException {
    private final boolean outage;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
        this.outage = outage(cause);
    }

    /**
     * Whether the database could not be reached (no connection within the timeout, a connection
     * refused or broken, the server shutting down) rather than a statement failing on a working
     * database. An outage passes; the same work can be tried again later.
     */
    public boolean outage() {
        return outage;
    }

    private static boolean outage(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception) and PostgreSQL's 57P01-57P03 (shutdown, cannot connect now). */
    private static boolean connectionState(String state) {
        return state != null
                && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
