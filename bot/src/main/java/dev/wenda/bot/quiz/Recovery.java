package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Rounds this process takes up again: after a crash or restart (their lease free), after a store
 * outage, or when a platform registers late. Each carries on where it stood, or closes with its
 * scores kept when its question closed too long ago.
 */
final class Recovery {
    private final QuizStore store;
    private final Clock clock;
    private final QuizSettings settings;
    private final LiveRounds live;
    private final Rounds rounds;

    Recovery(QuizStore store, Clock clock, QuizSettings settings, LiveRounds live, Rounds rounds) {
        this.store = store;
        this.clock = clock;
        this.settings = settings;
        this.live = live;
        this.rounds = rounds;
    }

    /**
     * Takes over open rounds whose lease is free (after a crash or restart): each resumes where it
     * stood, or, when its question closed more than {@code staleAfter} ago, closes with its scores
     * kept. Only rounds of {@code platforms} are considered. Returns how many rounds this process
     * took.
     */
    int recover(Set<Platform> platforms) {
        int taken = 0;
        for (RoundRow round : store.openRounds()) {
            if (!platforms.contains(round.platform())) {
                continue;
            }
            long now = clock.millis();
            if (!store.tryAcquireLease(
                    round.id(), settings.owner(), now, now + settings.lease().toMillis())) {
                continue;
            }
            taken++;
            resume(round, now);
        }
        return taken;
    }

    /**
     * Resumes those of {@code owned} (open rounds this process holds the lease of) whose timers do
     * not run here: a restarted process whose lease was still valid, with the round's platform
     * registered after the quiz was built. Paused rounds are left to their retry. Returns how many
     * resumed.
     */
    int resumeIdle(List<RoundRow> owned) {
        int resumed = 0;
        for (RoundRow round : owned) {
            if (rounds.timed(round.id()) || live.paused(round.id())) {
                continue;
            }
            resume(round, clock.millis());
            resumed++;
        }
        return resumed;
    }

    /** Carries on where the round stood at {@code now}: arms, reveals, posts or ends as its state says. */
    void resume(RoundRow round, long now) {
        live.running(round);
        if (round.currentNo() == 0) {
            rounds.post(round, 1);
            return;
        }
        QuestionRow current = store.question(round.id(), round.currentNo()).orElseThrow();
        long closes = current.closesAt().orElse(now);
        if (closes + settings.staleAfter().toMillis() < now) {
            if (!current.revealed()) {
                rounds.reveal(round.id(), round.currentNo(), false);
            }
            rounds.end(round.id(), EndReason.CLOSED_AFTER_RESTART);
        } else if (current.revealed()) {
            if (round.currentNo() < round.questionCount()) {
                rounds.post(round, round.currentNo() + 1);
            } else {
                rounds.end(round.id(), EndReason.FINISHED);
            }
        } else if (closes <= now) {
            rounds.reveal(round.id(), round.currentNo(), true);
        } else {
            rounds.arm(round.id(), round.currentNo(), Duration.ofMillis(closes - now));
        }
    }
}
