package dev.wenda.bot.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * A database failure, never a user mistake: either a {@link StoreOutage} (the database could not be
 * reached; the same work can be tried again later) or a {@link StoreFailure} (a statement failed on
 * a working database: a bug). Callers that can wait out an outage catch {@link StoreOutage} only.
 */
public abstract sealed class StoreException extends RuntimeException permits StoreOutage, StoreFailure {
    StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The failure {@code cause} is: an outage when the database could not be reached, else a failure. */
    public static StoreException of(String message, Throwable cause) {
        return unreachable(cause) ? new StoreOutage(message, cause) : new StoreFailure(message, cause);
    }

    /**
     * Whether the database could not be reached (no connection within the timeout, a connection
     * refused or broken, the server shutting down) rather than a statement failing on a working
     * database.
     */
    private static boolean unreachable(Throwable cause) {
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
