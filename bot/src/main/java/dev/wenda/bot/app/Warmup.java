package dev.wenda.bot.app;

import dev.wenda.bot.ops.ReadinessCheck;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads something slow (the bank and its index) on a named background thread, so the process is
 * alive at once and becomes ready when the load is done; its readiness check says which.
 */
public final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private final String name;
    private final Runnable load;
    private final Supplier<ReadinessCheck.Status> live;
    private final AtomicReference<ReadinessCheck.Status> status =
            new AtomicReference<>(ReadinessCheck.Status.failing("loading"));

    public Warmup(String name, Runnable load) {
        this(name, load, ReadinessCheck.Status::ok);
    }

    /** @param live checked on every probe once loaded, e.g. that the database still answers */
    public Warmup(String name, Runnable load, Supplier<ReadinessCheck.Status> live) {
        this.name = Objects.requireNonNull(name, "name");
        this.load = Objects.requireNonNull(load, "load");
        this.live = Objects.requireNonNull(live, "live");
    }

    /** Starts loading on thread {@code wenda-warmup-<name>}. */
    public Thread start() {
        return Thread.ofPlatform().name("wenda-warmup-" + name).daemon(true).start(this::runNow);
    }

    /** Loads on the calling thread. */
    void runNow() {
        try {
            load.run();
            status.set(ReadinessCheck.Status.ok());
            LOG.info("{} loaded", name);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the embedding model's native library can fail to load (or be torn down
            // by a shutdown mid-load); log it like any failure instead of a raw stderr stack trace
            status.set(ReadinessCheck.Status.failing(e.getClass().getSimpleName() + ": " + e.getMessage()));
            LOG.error("{} failed to load", name, e);
        }
    }

    public ReadinessCheck check() {
        return ReadinessCheck.of(name, () -> status.get().ready() ? live.get() : status.get());
    }
}
