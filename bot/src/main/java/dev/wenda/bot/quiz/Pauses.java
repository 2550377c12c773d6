package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.StoreOutage;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rounds paused because the store cannot be reached: each stops its clock, says once in its channel
 * that scores are paused, and tries the store again every {@link Rounds#PAUSE_RETRY}. Answers
 * meanwhile are acknowledged and queued ({@link AnswerBacklog}); when the store answers they are
 * recorded and the round carries on where it stood.
 */
final class Pauses {
    private static final Logger LOG = LoggerFactory.getLogger(Pauses.class);

    private final QuizStore store;
    private final LiveRounds live;
    private final AnswerBacklog backlog;
    private final Scheduler scheduler;
    private final Clock clock;
    private final QuizListener listener;
    private final Outbox outbox;
    private final Rounds rounds;

    Pauses(
            QuizStore store,
            LiveRounds live,
            AnswerBacklog backlog,
            Scheduler scheduler,
            Clock clock,
            QuizListener listener,
            Outbox outbox,
            Rounds rounds) {
        this.store = store;
        this.live = live;
        this.backlog = backlog;
        this.scheduler = scheduler;
        this.clock = clock;
        this.listener = listener;
        this.outbox = outbox;
        this.rounds = rounds;
    }

    /** Pauses the round; {@code round} is what is known of it, to say so in its channel. A no-op for a round already paused. */
    void pause(Optional<RoundRow> round, String roundId) {
        if (!live.pause(roundId)) {
            return;
        }
        rounds.stopTimer(roundId);
        round.ifPresent(r -> Rounds.send(() -> outbox.post(Rounds.address(r), QuizTexts.paused(Rounds.messages(r)))));
        listener.on(new QuizEvent.ScoresPaused(roundId, clock.instant()));
        scheduler.schedule(Rounds.PAUSE_RETRY, () -> retry(roundId));
    }

    /** One try to end a pause: record the queued answers, then carry on where the round stood. */
    private void retry(String roundId) {
        int counted;
        RoundRow round;
        try {
            counted = backlog.flush(roundId);
            round = store.round(roundId).orElseThrow();
        } catch (StoreOutage e) {
            scheduler.schedule(Rounds.PAUSE_RETRY, () -> retry(roundId));
            return;
        }
        live.unpause(roundId);
        listener.on(new QuizEvent.ScoresResumed(roundId, clock.instant(), counted));
        if (!round.open()) {
            // Ended meanwhile (by another process, or a stop): nothing goes on, so nothing to say.
            LOG.info("store reachable again: round {} had ended, {} queued answer(s) recorded", roundId, counted);
            live.ended(roundId);
            return;
        }
        LOG.info("store reachable again: round {} goes on, {} queued answer(s) recorded", roundId, counted);
        Rounds.send(() -> outbox.post(Rounds.address(round), QuizTexts.resumed(counted, Rounds.messages(round))));
        rounds.storeOrMemory()
                .write(
                        round,
                        () -> {
                            rounds.recovery().resume(round, clock.millis());
                            return null;
                        },
                        () -> null);
    }
}
