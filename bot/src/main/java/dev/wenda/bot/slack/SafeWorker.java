package dev.wenda.bot.slack;

import dev.wenda.bot.chat.Reply;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The adapter's one error boundary. Work runs on the named executor after Bolt has acked; a
 * failure is logged with its stack trace and the user gets a short apology instead.
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

    SafeWorker(Executor executor) {
        this.executor = executor;
    }

    void submit(String event, Work work, Sink sink) {
        executor.execute(() -> {
            try {
                Optional<Reply> reply = work.run();
                if (reply.isPresent() && !reply.get().isNothing()) {
                    sink.send(reply.get());
                }
            } catch (Exception e) {
                log.error("Slack {} failed", event, e);
                try {
                    sink.send(Reply.privateText(APOLOGY));
                } catch (Exception inner) {
                    log.error("Could not send the apology for a failed Slack {}", event, inner);
                }
            }
        });
    }
}
