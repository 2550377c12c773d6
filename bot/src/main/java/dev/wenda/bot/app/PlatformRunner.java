package dev.wenda.bot.app;

/**
 * One chat platform connection run by {@code wenda serve} (Discord shards, a Slack Socket Mode
 * client). Wiring wraps each adapter's bot in one of these; the serve runtime starts them, asks
 * whether they are connected for {@code /readyz}, and stops them in order on shutdown.
 */
public interface PlatformRunner {
    /** A short lower-case name for logs and readiness, e.g. {@code discord}. */
    String name();

    /** Connects; may return before the connection is fully up. Throws when it cannot start. */
    void start() throws Exception;

    /** True while the platform connection is up. */
    boolean connected();

    /** Stops taking new events; events already received may finish. */
    void stopAccepting();

    /** Disconnects and releases threads; returns within a few seconds. */
    void close() throws Exception;
}
