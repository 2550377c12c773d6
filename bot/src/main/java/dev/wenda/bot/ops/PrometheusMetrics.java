package dev.wenda.bot.ops;

import dev.wenda.bot.chat.Platform;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/** {@link Metrics} kept in a Micrometer Prometheus registry, scraped by {@code /metrics}. */
public final class PrometheusMetrics implements Metrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Timer searchLatency;
    private final AtomicReference<LongSupplier> cacheHits = new AtomicReference<>(() -> 0);
    private final AtomicReference<LongSupplier> cacheMisses = new AtomicReference<>(() -> 0);

    public PrometheusMetrics() {
        searchLatency = Timer.builder("wenda.search.latency")
                .description("time to search the index for one question")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(5))
                .register(registry);
        cacheCounter("hit", cacheHits);
        cacheCounter("miss", cacheMisses);
        Gauge.builder("wenda.search.cache.hit.ratio", this::hitRatio)
                .description("share of search cache lookups answered from the cache")
                .register(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void questionAsked(Platform platform) {
        registry.counter("wenda.questions.asked", "platform", tag(platform)).increment();
    }

    @Override
    public void decision(Decision decision) {
        registry.counter("wenda.decisions", "outcome", decision.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    @Override
    public void searchLatency(Duration elapsed) {
        searchLatency.record(elapsed);
    }

    @Override
    public void watchSearchCache(LongSupplier hits, LongSupplier misses) {
        cacheHits.set(Objects.requireNonNull(hits, "hits"));
        cacheMisses.set(Objects.requireNonNull(misses, "misses"));
    }

    @Override
    public void watchActiveRounds(IntSupplier running) {
        Objects.requireNonNull(running, "running");
        Gauge.builder("wenda.quiz.rounds.active", running::getAsInt)
                .description("quiz rounds running in this process")
                .register(registry);
    }

    @Override
    public void answerRecorded(Platform platform) {
        registry.counter("wenda.quiz.answers", "platform", tag(platform)).increment();
    }

    @Override
    public void platformError(Platform platform, String kind) {
        registry.counter("wenda.platform.errors", "platform", tag(platform), "kind", kind)
                .increment();
    }

    @Override
    public void chatRequest(Platform platform, String kind, Duration elapsed) {
        registry.timer("wenda.chat.requests", "platform", tag(platform), "kind", kind)
                .record(elapsed);
    }

    private void cacheCounter(String result, AtomicReference<LongSupplier> count) {
        FunctionCounter.builder("wenda.search.cache", count, c -> c.get().getAsLong())
                .description("search cache lookups")
                .tag("result", result)
                .register(registry);
    }

    private double hitRatio() {
        double hits = cacheHits.get().getAsLong();
        double total = hits + cacheMisses.get().getAsLong();
        return total == 0 ? 0 : hits / total;
    }

    private static String tag(Platform platform) {
        return platform.name().toLowerCase(Locale.ROOT);
    }
}
