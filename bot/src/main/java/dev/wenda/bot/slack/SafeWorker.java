package dev.wenda.bot.slack;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's one error boundary. Work runs on the named executor after Bolt has acked; its reply
 * is then handed to {@link SlackDeliveries} under a key (the response_url or the channel), so the
 * worker does not wait for Slack and replies with one key go out in order. A failure (of the work or of sending its
 * reply) is logged with its stack trace and the user gets a short apology instead, in their language.
 */
final class SafeWorker {
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
     * submitted earlier with the same {@code key}. {@code language} gives the user's catalogue for an
     * apology; when it fails too, the apology is in English.
     */
    void submit(String event, String key, Supplier<Messages> language, Work work, Sink sink) {
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
                reply = apology(language);
                apology = true;
            }
            deliver(event, key, language, sink, reply, apology);
        });
    }

    static Reply apology(Supplier<Messages> language) {
        Messages messages;
        try {
            messages = language.get();
        } catch (RuntimeException e) {
            log.warn("The user's language for an apology is unknown", e);
            messages = Messages.EN;
        }
        return Reply.privateText(messages.text("chat.apology"));
    }

    private void deliver(
            String event, String key, Supplier<Messages> language, Sink sink, Reply reply, boolean apology) {
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
                    sink.send(apology(language));
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
