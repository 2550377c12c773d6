package dev.wenda.bot.ops;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import com.zaxxer.hikari.metrics.MetricsTrackerFactory;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Platform;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.stream.Stream;

/**
 * {@link Metrics} kept in a Micrometer Prometheus registry, scraped by {@code /metrics}. Every meter
 * of a closed label set (platforms, decision outcomes) is registered at zero when this is built,
 * so dashboards and alerts see each series from the first scrape; the search cache's meters
 * (Micrometer's Caffeine binder) appear when the index is loaded.
 */
public final class PrometheusMetrics implements Metrics {
    /** The {@code cache} tag of the search result cache's meters. */
    static final String SEARCH_CACHE = "search";

    private static final Duration[] CHAT_BUCKETS = {
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofMillis(2500),
        Duration.ofSeconds(5)
    };

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer searchLatency;
    private final AtomicReference<Cache<?, ?>> searchCache = new AtomicReference<>();
    private final AtomicReference<IntSupplier> activeRounds = new AtomicReference<>(() -> 0);

    public PrometheusMetrics() {
        searchLatency = Timer.builder("wenda.search.latency")
                .description("time to search the index for one question")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
        Gauge.builder("wenda.search.cache.hit.ratio", this::hitRatio)
                .description("share of search cache lookups answered from the cache")
                .register(registry);
        Gauge.builder("wenda.quiz.rounds.active", () -> activeRounds.get().getAsInt())
                .description("quiz rounds running in this process")
                .register(registry);
        for (Platform platform : Platform.values()) {
            questions(platform);
            answers(platform);
            gapsDropped(platform);
            MeasuredOutbox.ERROR_KINDS.forEach(kind -> platformErrors(platform, kind));
            requestKinds(ChatRequest.class).forEach(kind -> chatRequests(platform, kind));
        }
        for (Decision decision : Decision.values()) {
            decisions(decision);
        }
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /**
     * {@code wenda_readiness_check{check}}: 1 while the check passes, else 0 (what {@code /readyz}
     * reports, for alerts: not ready, database outage). A scrape reads the newest finished round of
     * checks and never runs one itself: rounds run off the scrape's thread, each check bounded as in
     * {@code /readyz}, and are reused for a second, so a hanging database never hangs {@code /metrics}.
     */
    public void watchReadiness(List<ReadinessCheck> checks) {
        Readiness rounds = new Readiness(
                checks,
                OpsServer.Limits.DEFAULT.readyTtl(),
                OpsServer.Limits.DEFAULT.checkTimeout(),
                System::nanoTime,
                Executors.newVirtualThreadPerTaskExecutor());
        for (ReadinessCheck check : checks) {
            Gauge.builder("wenda.readiness.check", rounds, r -> passing(r, check.name()))
                    .description("1 while this /readyz check passes, else 0")
                    .tag("check", check.name())
                    .strongReference(true)
                    .register(registry);
        }
    }

    private static double passing(Readiness rounds, String check) {
        return rounds.latest()
                        .map(s -> s.results().get(check))
                        .filter(ReadinessCheck.Status::ready)
                        .isPresent()
                ? 1
                : 0;
    }

    /** HikariCP's own Micrometer meters ({@code hikaricp_connections_*}) for the store's pool. */
    public MetricsTrackerFactory poolMetrics() {
        return new MicrometerMetricsTrackerFactory(registry);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void questionAsked(Platform platform) {
        questions(platform).increment();
    }

    @Override
    public void decision(Decision decision) {
        decisions(decision).increment();
    }

    @Override
    public void searchLatency(Duration elapsed) {
        searchLatency.record(elapsed);
    }

    /**
     * Binds Micrometer's Caffeine metrics ({@code cache_gets_total{cache="search",result}},
     * {@code cache_size}, {@code cache_evictions_total}, ...) to {@code cache}. A content reload
     * brings a new cache: the meters of the previous one are removed first.
     */
    @Override
    public synchronized void watchSearchCache(Cache<?, ?> cache) {
        Objects.requireNonNull(cache, "cache");
        registry.getMeters().stream()
                .filter(meter -> SEARCH_CACHE.equals(meter.getId().getTag("cache")))
                .toList()
                .forEach(registry::remove);
        CaffeineCacheMetrics.monitor(registry, cache, SEARCH_CACHE);
        searchCache.set(cache);
    }

    @Override
    public void watchActiveRounds(IntSupplier running) {
        activeRounds.set(Objects.requireNonNull(running, "running"));
    }

    @Override
    public void answerRecorded(Platform platform) {
        answers(platform).increment();
    }

    @Override
    public void platformError(Platform platform, String kind) {
        platformErrors(platform, kind).increment();
    }

    @Override
    public void chatRequest(Platform platform, String kind, Duration elapsed) {
        chatRequests(platform, kind).record(elapsed);
    }

    @Override
    public void gapDropped(Platform platform) {
        gapsDropped(platform).increment();
    }

    private Counter gapsDropped(Platform platform) {
        return registry.counter("wenda.gaps.dropped", "platform", tag(platform));
    }

    private Counter platformErrors(Platform platform, String kind) {
        return registry.counter("wenda.platform.errors", "platform", tag(platform), "kind", kind);
    }

    /** With a few latency buckets (not a full histogram), so alerts can take an answer-time quantile. */
    private Timer chatRequests(Platform platform, String kind) {
        return Timer.builder("wenda.chat.requests")
                .description("time to handle one chat request")
                .tags("platform", tag(platform), "kind", kind)
                .serviceLevelObjectives(CHAT_BUCKETS)
                .register(registry);
    }

    /** The simple names of the request records, as {@link CorrelatedChatService} reports them. */
    static Stream<String> requestKinds(Class<?> type) {
        return type.isSealed()
                ? Stream.of(type.getPermittedSubclasses()).flatMap(PrometheusMetrics::requestKinds)
                : Stream.of(type.getSimpleName());
    }

    private Counter questions(Platform platform) {
        return registry.counter("wenda.questions.asked", "platform", tag(platform));
    }

    private Counter answers(Platform platform) {
        return registry.counter("wenda.quiz.answers", "platform", tag(platform));
    }

    private Counter decisions(Decision decision) {
        return registry.counter("wenda.decisions", "outcome", decision.name().toLowerCase(Locale.ROOT));
    }

    /** Hits over lookups of the search cache; 0 before the first lookup (Caffeine's own says 1). */
    private double hitRatio() {
        Cache<?, ?> cache = searchCache.get();
        if (cache == null) {
            return 0;
        }
        CacheStats stats = cache.stats();
        return stats.requestCount() == 0 ? 0 : (double) stats.hitCount() / stats.requestCount();
    }

    private static String tag(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT);
    }
}
