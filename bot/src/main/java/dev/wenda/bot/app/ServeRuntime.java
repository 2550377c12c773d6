package dev.wenda.bot.app;

import dev.wenda.bot.app.GracefulShutdown.Step;
import dev.wenda.bot.ops.ReadinessCheck;
import dev.wenda.bot.ops.ReadinessCheck.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What {@code wenda serve} runs: the ops endpoint, then each enabled platform. Stopping goes the
 * other way, each step within the shutdown budget: stop accepting events (and report not ready),
 * persist running quiz rounds, disconnect the platforms, close the resources (store, index) and
 * finally the ops endpoint.
 */
public final class ServeRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(ServeRuntime.class);

    private final List<PlatformRunner> platforms;
    private final List<ReadinessCheck> checks;
    private final Optional<Function<List<ReadinessCheck>, AutoCloseable>> opsEndpoint;
    private final GracefulShutdown.Action persistRounds;
    private final List<Step> closeResources;
    private final AtomicBoolean accepting = new AtomicBoolean(false);
    private AutoCloseable ops;

    /**
     * @param platforms the enabled platforms, in start order
     * @param checks readiness checks of the services (index, database); platform checks are added
     * @param opsEndpoint starts the ops endpoint with the full check list; empty when disabled
     * @param persistRounds saves every running quiz round so another process or a restart resumes it
     * @param closeResources steps closing the store and other resources, in order
     */
    public ServeRuntime(
            List<PlatformRunner> platforms,
            List<ReadinessCheck> checks,
            Optional<Function<List<ReadinessCheck>, AutoCloseable>> opsEndpoint,
            GracefulShutdown.Action persistRounds,
            List<Step> closeResources) {
        this.platforms = List.copyOf(platforms);
        this.checks = List.copyOf(checks);
        this.opsEndpoint = Objects.requireNonNull(opsEndpoint, "opsEndpoint");
        this.persistRounds = Objects.requireNonNull(persistRounds, "persistRounds");
        this.closeResources = List.copyOf(closeResources);
    }

    /** Every readiness check: the services', one per platform, and "serving" (false once stopping). */
    public List<ReadinessCheck> readinessChecks() {
        List<ReadinessCheck> all = new ArrayList<>(checks);
        for (PlatformRunner platform : platforms) {
            all.add(ReadinessCheck.of(
                    platform.name(), () -> platform.connected() ? Status.ok() : Status.failing("not connected")));
        }
        all.add(ReadinessCheck.of("serving", () -> accepting.get() ? Status.ok() : Status.failing("not accepting")));
        return all;
    }

    /** Starts the ops endpoint, then each platform; a platform that cannot start stops the start. */
    public void start() throws Exception {
        if (opsEndpoint.isPresent()) {
            ops = opsEndpoint.get().apply(readinessChecks());
        }
        for (PlatformRunner platform : platforms) {
            LOG.info("starting {}", platform.name());
            platform.start();
        }
        accepting.set(true);
        LOG.info(
                "serving: {}",
                platforms.isEmpty()
                        ? "no platform enabled"
                        : platforms.stream().map(PlatformRunner::name).toList());
    }

    /** The stop sequence, for {@link GracefulShutdown#run}. */
    public List<Step> stopSteps() {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("stop accepting", () -> {
            accepting.set(false);
            platforms.forEach(PlatformRunner::stopAccepting);
        }));
        steps.add(new Step("persist quiz rounds", persistRounds));
        for (PlatformRunner platform : platforms) {
            steps.add(new Step("disconnect " + platform.name(), platform::close));
        }
        steps.addAll(closeResources);
        steps.add(new Step("stop ops endpoint", () -> {
            if (ops != null) {
                ops.close();
            }
        }));
        return steps;
    }
}
