package dev.wenda.bot.store;

/**
 * The database could not be reached: no connection within the timeout, a connection refused or
 * broken, the server shutting down. It passes; the same work can be tried again later.
 */
public final class StoreOutage extends StoreException {
    StoreOutage(String message, Throwable cause) {
        super(message, cause);
    }
}
