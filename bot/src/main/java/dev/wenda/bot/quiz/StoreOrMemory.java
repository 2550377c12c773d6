package dev.wenda.bot.quiz;

import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.StoreOutage;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one rule for reaching a round while the store may be down: a paused round is served from
 * this process's memory ({@link LiveRounds}); otherwise the store is asked, and on an outage the
 * round falls back to memory and pauses. When memory does not know the round either, the outage
 * goes up to {@link QuizService}, which tells the player quizzes are paused (typed text, which
 * may not have been an answer, gets no reply).
 */
final class StoreOrMemory {
    private static final Logger LOG = LoggerFactory.getLogger(StoreOrMemory.class);

    /** Pauses a round; {@code round} is what is known of it, to say so in its channel. */
    @FunctionalInterface
    interface Pause {
        void pause(Optional<RoundRow> round, String roundId);
    }

    private final QuizStore store;
    private final LiveRounds live;
    private final Pause pause;

    StoreOrMemory(QuizStore store, LiveRounds live, Pause pause) {
        this.store = store;
        this.live = live;
        this.pause = pause;
    }

    /** The round, or empty when neither the store nor (during an outage) memory has it. */
    Optional<RoundRow> round(String roundId) {
        if (live.paused(roundId)) {
            return live.round(roundId);
        }
        try {
            return store.round(roundId);
        } catch (StoreOutage e) {
            Optional<RoundRow> known = live.round(roundId);
            if (known.isEmpty()) {
                throw e;
            }
            paused(known, roundId, e);
            return known;
        }
    }

    /** The open round under the first of {@code channelKeys} that has one. */
    Optional<RoundRow> activeRound(List<String> channelKeys) {
        Optional<RoundRow> paused = live.pausedIn(channelKeys);
        if (paused.isPresent()) {
            return paused;
        }
        try {
            return store.activeRound(channelKeys);
        } catch (StoreOutage e) {
            Optional<RoundRow> known = live.inChannel(channelKeys);
            if (known.isEmpty()) {
                throw e;
            }
            paused(known, known.get().id(), e);
            return known;
        }
    }

    /**
     * Writes for {@code round} through the store; while it is paused, or when the store turns out
     * to be down (the round pauses then), does {@code whilePaused} instead.
     */
    <T> T write(RoundRow round, Supplier<T> toStore, Supplier<T> whilePaused) {
        return write(round.id(), () -> Optional.of(round), toStore, whilePaused);
    }

    /**
     * A step of the round this process runs (a reveal): skipped while the round is paused, and
     * when the store turns out to be down the round pauses instead (it goes on after the pause).
     */
    void step(String roundId, Runnable toStore) {
        write(
                roundId,
                () -> live.round(roundId),
                () -> {
                    toStore.run();
                    return null;
                },
                () -> null);
    }

    private <T> T write(
            String roundId, Supplier<Optional<RoundRow>> known, Supplier<T> toStore, Supplier<T> whilePaused) {
        if (live.paused(roundId)) {
            return whilePaused.get();
        }
        try {
            return toStore.get();
        } catch (StoreOutage e) {
            paused(known.get(), roundId, e);
            return whilePaused.get();
        }
    }

    private void paused(Optional<RoundRow> known, String roundId, StoreOutage e) {
        LOG.warn("store unreachable, round {} pauses: {}", roundId, e.getMessage());
        pause.pause(known, roundId);
    }
}
