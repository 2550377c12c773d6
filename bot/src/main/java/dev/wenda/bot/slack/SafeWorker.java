package dev.wenda.bot.slack;

import dev.wenda.bot.chat.Reply;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's one error boundary. Work runs on the named executor after Bolt has acked; its reply
 * is then handed to {@link SlackDeliveries} under a key (the response_url or the channel), so the
 * worker does not wait for Slack and replies with one key go out in order. A failure (of the work or of sending its
 * reply) is logged with its stack trace and the user gets a short apology instead.
 */
final class SafeWorker {
    static final String APOLOGY = "Sorry, something went wrong on our side. Please try again in a moment.";
    private static final Logger log = LoggerFactory.getLogger(SafeWorker.class);

    /** The work behind one event; an empty result sends nothing. */
    @FunctionalInterface
    interface Work {
        Optional<Reply> run() throws Exception;
    }

    /** Where the reply goes: a response_url, a thread, an ephemeral message, the Home tab. */
    @FunctionalInterface
    interface Sink {
        void send(Reply reply) throws Exception;
    }

    private final Executor executor;
    private final SlackDeliveries deliveries;

    SafeWorker(Executor executor, SlackDeliveries deliveries) {
        this.executor = executor;
        this.deliveries = deliveries;
    }

    /**
     * Runs {@code work} on a worker, then sends its reply through {@code sink} after the replies
     * submitted earlier with the same {@code key}.
     */
    void submit(String event, String key, Work work, Sink sink) {
        executor.execute(() -> {
            Reply reply;
            boolean apology = false;
            try {
                Optional<Reply> result = work.run();
                if (result.isEmpty() || result.get().isNothing()) {
                    return;
                }
                reply = result.get();
            } catch (Exception e) {
                log.error("Slack {} failed", event, e);
                reply = Reply.privateText(APOLOGY);
                apology = true;
            }
            deliver(event, key, sink, reply, apology);
        });
    }

    private void deliver(String event, String key, Sink sink, Reply reply, boolean apology) {
        Runnable send = () -> {
            try {
                sink.send(reply);
            } catch (Exception e) {
                if (apology) {
                    log.error("Could not send the apology for a failed Slack {}", event, e);
                    return;
                }
                log.error("Slack {} failed", event, e);
                try {
                    sink.send(Reply.privateText(APOLOGY));
                } catch (Exception inner) {
                    log.error("Could not send the apology for a failed Slack {}", event, inner);
                }
            }
        };
        try {
            deliveries.submit(key, send);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.warn("Slack {} reply dropped: interrupted while waiting for the delivery queue", event);
        } catch (RejectedExecutionException e) {
            log.warn("Slack {} reply dropped: the bot is stopping", event);
        }
    }
}
