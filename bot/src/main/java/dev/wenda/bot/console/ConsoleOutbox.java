package dev.wenda.bot.console;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The console's outbox: prints posted and edited messages and remembers the newest message with
 * open buttons so that typing a letter presses one. While a line of the user is being answered,
 * messages it causes (a round's first question) wait and print after its reply, so an
 * acknowledgement never follows what it acknowledges.
 */
final class ConsoleOutbox implements Outbox {
    private final ConsoleOutput out;
    private final Clock clock;
    private final AtomicInteger nextId = new AtomicInteger(1);
    private final List<Runnable> held = new ArrayList<>();
    private boolean holding;
    private Open open;
    /** Flashcard marks (知道 / 不知道) of revealed cards, by question number, newest round's last. */
    private final java.util.Map<Integer, Marks> marks = new java.util.HashMap<>();

    /** The two mark buttons of one revealed flashcard. */
    record Marks(String knew, String didnt) {}

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
        Instant now = clock.instant();
        show(() -> out.message(ConsoleOutput.Kind.POSTED, id, reply, now));
        return CompletableFuture.completedFuture(new MessageHandle(channel, id));
    }

    @Override
    public CompletableFuture<Void> edit(MessageHandle message, Reply reply) {
        remember(message.messageId(), reply);
        Instant now = clock.instant();
        show(() -> out.message(ConsoleOutput.Kind.EDITED, message.messageId(), reply, now));
        return CompletableFuture.completedFuture(null);
    }

    /**
     * Answers one line: prints the reply {@code request} gives, then whatever was posted while it
     * ran. The reply's buttons become pressable too.
     */
    void answer(Supplier<Reply> request) {
        synchronized (this) {
            holding = true;
        }
        try {
            reply(request.get());
        } finally {
            synchronized (this) {
                holding = false;
                held.forEach(Runnable::run);
                held.clear();
            }
        }
    }

    private void reply(Reply reply) {
        if (reply.isNothing()) {
            return;
        }
        String id = String.valueOf(nextId.getAndIncrement());
        remember(id, reply);
        out.message(ConsoleOutput.Kind.REPLY, id, reply, clock.instant());
    }

    private synchronized void show(Runnable print) {
        if (holding) {
            held.add(print);
        } else {
            print.run();
        }
    }

    synchronized Optional<Open> open() {
        return Optional.ofNullable(open);
    }

    /** True while the newest open message is a timed question whose deadline has not passed. */
    synchronized boolean questionOpen() {
        return open != null
                && open.reply().deadline().map(d -> d.isAfter(clock.instant())).orElse(false);
    }

    /**
     * True while the newest open message is a flashcard on screen: a timed question without
     * buttons that takes no typed answer.
     */
    synchronized boolean flashcardOpen() {
        return questionOpen() && open.actions().isEmpty() && !open.reply().typedAnswer();
    }

    /** The mark buttons of the revealed flashcard numbered {@code no}, still pressable after later questions. */
    synchronized Optional<Marks> marks(int no) {
        return Optional.ofNullable(marks.get(no));
    }

    private synchronized void remember(String id, Reply reply) {
        rememberMarks(reply);
        boolean hasOpenButtons = reply.actions().stream().anyMatch(a -> !a.disabled());
        if (hasOpenButtons || reply.deadline().isPresent()) {
            open = new Open(id, reply);
        } else if (open != null && open.messageId().equals(id)) {
            open = null;
        }
    }

    /** A revealed flashcard's 知道 / 不知道 buttons, so {@code /mark N A} can press them later. */
    private void rememberMarks(Reply reply) {
        String knew = null;
        String didnt = null;
        int no = 0;
        for (Reply.Action action : reply.actions()) {
            if (action.disabled()) {
                continue;
            }
            if (ActionId.parse(action.id()) instanceof ActionId.Quiz quiz
                    && quiz.choice() instanceof ActionId.Choice.Mark mark) {
                no = quiz.no();
                if (mark.knew()) {
                    knew = action.id();
                } else {
                    didnt = action.id();
                }
            }
        }
        if (knew != null && didnt != null) {
            marks.put(no, new Marks(knew, didnt));
        }
    }
}
