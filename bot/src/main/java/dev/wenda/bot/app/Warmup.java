package dev.wenda.bot.app;

import dev.wenda.bot.ops.ReadinessCheck;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads something slow (the bank and its index) on a named background thread, so the process is
 * alive at once and becomes ready when the load is done; its readiness check says which. A
 * retrying warm-up (the store) tries again on a readiness check after a failure, so a database that
 * was down at start makes the process ready once it is back.
 */
public final class Warmup {
    private static final Logger LOG = LoggerFactory.getLogger(Warmup.class);

    private final String name;
    private final Runnable load;
    private final Supplier<ReadinessCheck.Status> live;
    private final boolean retry;
    private final AtomicReference<ReadinessCheck.Status> status =
            new AtomicReference<>(ReadinessCheck.Status.failing("loading"));
    private final AtomicBoolean loading = new AtomicBoolean();
    private final AtomicBoolean failed = new AtomicBoolean();

    public Warmup(String name, Runnable load) {
        this(name, load, ReadinessCheck.Status::ok, false);
    }

    /**
     * @param live checked on every probe once loaded, e.g. that the database still answers
     * @param retry whether a readiness check after a failed load loads again (on the checking thread)
     */
    public Warmup(String name, Runnable load, Supplier<ReadinessCheck.Status> live, boolean retry) {
        this.name = Objects.requireNonNull(name, "name");
        this.load = Objects.requireNonNull(load, "load");
        this.live = Objects.requireNonNull(live, "live");
        this.retry = retry;
    }

    /** Starts loading on thread {@code wenda-warmup-<name>}. */
    public Thread start() {
        return Thread.ofPlatform().name("wenda-warmup-" + name).daemon(true).start(this::runNow);
    }

    /** Loads on the calling thread, unless a load is running already. */
    void runNow() {
        if (!loading.compareAndSet(false, true)) {
            return;
        }
        boolean again = failed.get();
        try {
            load.run();
            status.set(ReadinessCheck.Status.ok());
            failed.set(false);
            LOG.info("{} loaded", name);
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: the embedding model's native library can fail to load (or be torn down
            // by a shutdown mid-load); log it like any failure instead of a raw stderr stack trace
            status.set(ReadinessCheck.Status.failing(e.getClass().getSimpleName() + ": " + e.getMessage()));
            failed.set(true);
            if (again) {
                LOG.debug("{} still fails to load: {}", name, e.getMessage());
            } else {
                LOG.error("{} failed to load", name, e);
            }
        } finally {
            loading.set(false);
        }
    }

    public ReadinessCheck check() {
        return ReadinessCheck.of(name, () -> {
            if (retry && failed.get()) {
                runNow();
            }
            ReadinessCheck.Status now = status.get();
            return now.ready() ? live.get() : now;
        });
    }
}
