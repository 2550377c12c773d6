package dev.wenda.bot.quiz;

import dev.wenda.bot.store.AnswerDraft;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RecordResult;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Answers taken while the store could not be reached, per round, in the order they arrived. Each
 * was acknowledged to its player ("scores are paused"); {@link #flush} records them once the store
 * is back, oldest first, so the first correct answer given still wins and a player's first answer
 * still counts. Recording is idempotent in the store (one answer per player and question), so an
 * answer whose commit was lost in the outage and is tried again is not counted twice.
 */
final class AnswerBacklog {
    /** One waiting answer; {@code after} runs once it is recorded (the answer's event). */
    record Pending(
            AnswerDraft draft, OptionalInt previousGraded, QuizStore.PointsRule rule, Consumer<AnswerRow> after) {}

    private final QuizStore store;
    private final Map<String, Deque<Pending>> waiting = new ConcurrentHashMap<>();

    AnswerBacklog(QuizStore store) {
        this.store = store;
    }

    /** Queues an answer; false when the player already has one waiting for this question. */
    boolean add(Pending pending) {
        String roundId = pending.draft().roundId();
        while (true) {
            Deque<Pending> queue = waiting.computeIfAbsent(roundId, id -> new ArrayDeque<>());
            synchronized (queue) {
                if (waiting.get(roundId) != queue) {
                    continue; // flushed and dropped meanwhile: queue anew
                }
                for (Pending p : queue) {
                    if (p.draft().no() == pending.draft().no()
                            && p.draft().userId().equals(pending.draft().userId())) {
                        return false;
                    }
                }
                queue.addLast(pending);
                return true;
            }
        }
    }

    /**
     * Records the round's waiting answers, oldest first; returns how many were stored as new
     * answers. Throws the store's exception if it fails again; the answers not yet recorded stay
     * queued, in order.
     */
    int flush(String roundId) {
        Deque<Pending> queue = waiting.get(roundId);
        if (queue == null) {
            return 0;
        }
        int recorded = 0;
        synchronized (queue) {
            while (!queue.isEmpty()) {
                Pending next = queue.peekFirst();
                // The answer was on time when it was taken; the question may have been closed since.
                RecordResult result = store.recordAnswer(next.draft(), next.previousGraded(), false, next.rule());
                queue.removeFirst();
                if (result instanceof RecordResult.Recorded r) {
                    recorded++;
                    next.after().accept(r.row());
                }
            }
            waiting.remove(roundId, queue);
        }
        return recorded;
    }
}
