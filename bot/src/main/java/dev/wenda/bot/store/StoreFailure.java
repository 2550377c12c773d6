package dev.wenda.bot.store;

/** A statement failed on a working database: a bug, not something to wait out. */
public final class StoreFailure extends StoreException {
    StoreFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
