package dev.wenda.bot.ask;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Counts feedback per entry in memory, for tests of the ask flow. */
public final class InMemoryFeedbackSink implements FeedbackSink {
    private static final Logger LOG = LoggerFactory.getLogger(InMemoryFeedbackSink.class);

    private final Map<String, AtomicLongArray> counts = new ConcurrentHashMap<>();

    @Override
    public void record(Feedback feedback) {
        counts.computeIfAbsent(feedback.entryId(), id -> new AtomicLongArray(2))
                .incrementAndGet(feedback.helpful() ? 0 : 1);
        LOG.info("answer feedback: entry {} {}", feedback.entryId(), feedback.helpful() ? "helpful" : "not helpful");
    }

    /** 👍 count of an entry. */
    public long helpful(String entryId) {
        AtomicLongArray c = counts.get(entryId);
        return c == null ? 0 : c.get(0);
    }

    /** 👎 count of an entry. */
    public long notHelpful(String entryId) {
        AtomicLongArray c = counts.get(entryId);
        return c == null ? 0 : c.get(1);
    }
}
