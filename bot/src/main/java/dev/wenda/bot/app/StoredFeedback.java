package dev.wenda.bot.app;

import dev.wenda.bot.ask.Feedback;
import dev.wenda.bot.ask.FeedbackSink;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.StoreOutage;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps answer feedback in the database. The store is opened on the first click, not before (asks
 * never need it). When the database cannot be reached, the click is logged (entry and verdict,
 * never the user) and the user is still thanked: a lost 👍 is not worth an error in the channel.
 * Any other store failure is a bug and goes up to the chat boundary, which logs it and apologises.
 */
final class StoredFeedback implements FeedbackSink {
    private static final Logger LOG = LoggerFactory.getLogger(StoredFeedback.class);

    private final Supplier<FeedbackStore> store;

    StoredFeedback(Supplier<FeedbackStore> store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public void record(Feedback f) {
        try {
            store.get().record(f.platform().name(), f.community(), f.user(), f.entryId(), f.helpful(), f.at());
        } catch (StoreOutage e) {
            LOG.warn(
                    "answer feedback not saved (entry {} {}): {}",
                    f.entryId(),
                    f.helpful() ? "helpful" : "not helpful",
                    e.getMessage());
        }
    }
}
