package dev.wenda.bot.console;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The console's outbox: prints posted and edited messages, numbered, and remembers the newest
 * message with open buttons so that typing a letter presses one.
 */
final class ConsoleOutbox implements Outbox {
    private final ConsoleOutput out;
    private final Clock clock;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private Open open;

    /** The newest message with buttons that are not closed. */
    record Open(String messageId, Reply reply) {
        List<Reply.Action> actions() {
            return reply.actions().stream().filter(a -> !a.disabled()).toList();
        }
    }

    ConsoleOutbox(ConsoleOutput out, Clock clock) {
        this.out = out;
        this.clock = clock;
    }

    @Override
    public CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        String id = String.valueOf(nextId.getAndIncrement());
        remember(id, reply);
        out.message("#" + id, reply, clock.instant());
        return CompletableFuture.completedFuture(new MessageHandle(channel, id));
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        remember(message.messageId(), reply);
        out.message("#" + message.messageId() + " (updated)", reply, clock.instant());
        return CompletableFuture.completedFuture(null);
    }

    /** Shows a direct reply to the user's line; its buttons become pressable too. */
    void reply(Reply reply) {
        if (reply.isNothing()) {
            return;
        }
        String id = String.valueOf(nextId.getAndIncrement());
        remember(id, reply);
        out.message(reply.ephemeral() ? "(only you)" : "", reply, clock.instant());
    }

    synchronized Optional<Open> open() {
        return Optional.ofNullable(open);
    }

    /** True while the newest open message is a timed question whose deadline has not passed. */
    synchronized boolean questionOpen() {
        return open != null
                && open.reply().deadline().map(d -> d.isAfter(clock.instant())).orElse(false);
    }

    private synchronized void remember(String id, Reply reply) {
        boolean hasOpenButtons = reply.actions().stream().anyMatch(a -> !a.disabled());
        if (hasOpenButtons || reply.deadline().isPresent()) {
            open = new Open(id, reply);
        } else if (open != null && open.messageId().equals(id)) {
            open = null;
        }
    }
}
