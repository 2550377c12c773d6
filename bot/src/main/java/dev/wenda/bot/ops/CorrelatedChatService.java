package dev.wenda.bot.ops;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps the chat service every adapter calls: gives each request a correlation id (unless the
 * adapter already opened one), logs it, and records the request metrics. Exceptions pass through
 * to the adapter's boundary after being logged with the id and the stack trace.
 */
public final class CorrelatedChatService implements ChatService {
    private static final Logger LOG = LoggerFactory.getLogger(CorrelatedChatService.class);

    private final ChatService delegate;
    private final Metrics metrics;
    private final Supplier<String> ids;
    private final LongSupplier nanoTime;

    /**
     * @param ids new correlation ids
     * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    public CorrelatedChatService(ChatService delegate, Metrics metrics, Supplier<String> ids, LongSupplier nanoTime) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    @Override
    public Reply handle(ChatRequest request) {
        String existing = Correlation.current();
        Correlation scope = Correlation.open(existing != null ? existing : ids.get());
        try {
            String kind = request.getClass().getSimpleName();
            var origin = request.origin();
            LOG.debug("{} received", kind);
            if (request instanceof ChatRequest.Ask) {
                metrics.questionAsked(origin.platform());
            }
            long start = nanoTime.getAsLong();
            try {
                Reply reply = delegate.handle(request);
                LOG.info(
                        "{} on {} {}/{} handled in {} ms",
                        kind,
                        origin.platform(),
                        origin.community(),
                        origin.channel(),
                        (nanoTime.getAsLong() - start) / 1_000_000);
                return reply;
            } catch (RuntimeException e) {
                LOG.error("{} failed", kind, e);
                throw e;
            } finally {
                metrics.chatRequest(origin.platform(), kind, Duration.ofNanos(nanoTime.getAsLong() - start));
            }
        } finally {
            scope.close();
        }
    }
}
