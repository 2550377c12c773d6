package dev.wenda.bot.app;

import dev.wenda.bot.ask.Gap;
import dev.wenda.bot.ask.GapSink;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.StoreOutage;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps knowledge gaps in the database; when it cannot be reached the gap is dropped with a log line. */
final class StoredGaps implements GapSink {
    private static final Logger LOG = LoggerFactory.getLogger(StoredGaps.class);

    private final Supplier<GapStore> store;

    StoredGaps(Supplier<GapStore> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void record(Gap g) {
        try {
            store.get()
                    .record(
                            g.platform().name(),
                            g.community(),
                            g.channel(),
                            g.question(),
                            g.kind().name(),
                            g.entryId(),
                            g.at());
        } catch (StoreOutage e) {
            LOG.warn("knowledge gap not saved ({} in {}): {}", g.kind(), g.community(), e.getMessage());
        }
    }
}
