package dev.wenda.bot.ops;

import com.github.benmanes.caffeine.cache.Cache;
import dev.wenda.bot.chat.Platform;
import java.time.Duration;
import java.util.function.IntSupplier;

/** {@link Metrics#none()}: a stateless value, so one shared instance is safe. */
enum NoMetrics implements Metrics {
    INSTANCE;

    @Override
    public void questionAsked(Platform platform) {}

    @Override
    public void decision(Decision decision) {}

    @Override
    public void searchLatency(Duration elapsed) {}

    @Override
    public void watchSearchCache(Cache<?, ?> cache) {}

    @Override
    public void watchActiveRounds(IntSupplier running) {}

    @Override
    public void answerRecorded(Platform platform) {}

    @Override
    public void platformError(Platform platform, String kind) {}

    @Override
    public void chatRequest(Platform platform, String kind, Duration elapsed) {}
}
