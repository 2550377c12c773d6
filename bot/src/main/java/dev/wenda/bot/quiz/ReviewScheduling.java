package dev.wenda.bot.quiz;

import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.StoreOutage;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Spaced review for players: a miss puts the entry in the player's queue (due now); in a personal
 * review round a recall moves it a stage on ({@link QuizSettings#afterRecall}). Numeric questions
 * have no entry to review.
 */
final class ReviewScheduling {
    private static final Logger LOG = LoggerFactory.getLogger(ReviewScheduling.class);

    private final ReviewQueue reviews;
    private final Clock clock;
    private final QuizSettings settings;

    ReviewScheduling(ReviewQueue reviews, Clock clock, QuizSettings settings) {
        this.reviews = reviews;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * A graded question was revealed with these answers. One transaction for the question's misses;
     * an outage only loses this.
     */
    void revealed(RoundRow round, Question q, List<AnswerRow> answers) {
        if (q.kind() == Kind.NUMERIC) {
            return;
        }
        long now = clock.millis();
        try {
            reviews.missed(
                    round.platform().name(),
                    round.community(),
                    answers.stream()
                            .filter(a -> a.graded() && !a.correct())
                            .map(AnswerRow::userId)
                            .toList(),
                    q.entryId(),
                    now);
            if (round.personal()) {
                for (AnswerRow a : answers) {
                    if (a.graded() && a.correct()) {
                        recalled(round, a.userId(), q, now);
                    }
                }
            }
        } catch (StoreOutage e) {
            LOG.warn("store unreachable: reviews for question of round {} not scheduled", round.id());
        }
    }

    /** A player marked a flashcard: "didn't" puts it in review; "knew" in a personal round moves it on. */
    void marked(RoundRow round, String userId, Question card, boolean knew) {
        long now = clock.millis();
        if (knew && round.personal()) {
            recalled(round, userId, card, now);
        } else if (!knew) {
            reviews.missed(round.platform().name(), round.community(), userId, card.entryId(), now);
        }
    }

    private void recalled(RoundRow round, String userId, Question q, long now) {
        reviews.recalled(round.platform().name(), round.community(), userId, q.entryId(), settings.afterRecall(now));
    }
}
