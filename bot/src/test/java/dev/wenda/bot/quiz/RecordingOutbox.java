package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** An outbox that keeps every post and edit, numbering messages m1, m2, ... */
public final class RecordingOutbox implements Outbox {
    /** A post or an edit. */
    public record Sent(String messageId, boolean edit, Reply reply) {}

    private final List<Sent> sent = new ArrayList<>();

    @Override
    public synchronized CompletableFuture<MessageHandle> post(ChannelAddress channel, Reply reply) {
        String id = "m" + (sent.stream().filter(s -> !s.edit()).count() + 1);
        sent.add(new Sent(id, false, reply));
        return CompletableFuture.completedFuture(new MessageHandle(channel, id));
    }

    @Override
    public synchronized CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        sent.add(new Sent(message.messageId(), true, reply));
        return CompletableFuture.completedFuture(null);
    }

    public synchronized List<Sent> sent() {
        return List.copyOf(sent);
    }

    public synchronized Sent last() {
        return sent.getLast();
    }

    /** The message before the last: a round's scoreboard, when its report came last. */
    public synchronized Sent beforeLast() {
        return sent.get(sent.size() - 2);
    }
}
