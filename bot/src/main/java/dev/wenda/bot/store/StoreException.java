package dev.wenda.bot.store;

/** A database failure: a bug or an outage, never a user mistake. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
