package dev.wenda.bot.ops;

import java.util.Objects;
import org.slf4j.MDC;

/**
 * The correlation id of the chat request being handled, kept in the SLF4J MDC under {@code cid} so
 * every log line written while handling it carries it (the text pattern prints it; JSON logs have
 * it under {@code mdc}). {@link CorrelatedChatService} opens one per request; an adapter that logs
 * around the call (receiving, sending) opens it first with its own event id and the service reuses
 * it.
 */
public final class Correlation implements AutoCloseable {
    public static final String MDC_KEY = "cid";

    private final String id;
    private final String previous;

    private Correlation(String id) {
        this.id = id;
        this.previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
    }

    /**
     * Sets the current thread's correlation id until {@link #close()}, which restores the one
     * before. Use with try-with-resources.
     */
    public static Correlation open(String id) {
        Objects.requireNonNull(id, "id");
        return new Correlation(id);
    }

    /** The current thread's correlation id, or null outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }

    @Override
    public String toString() {
        return "Correlation[" + id + "]";
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(MDC_KEY);
        } else {
            MDC.put(MDC_KEY, previous);
        }
    }
}
