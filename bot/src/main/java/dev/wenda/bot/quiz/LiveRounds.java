package dev.wenda.bot.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.RoundRow;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What this process remembers of rounds besides the store: the rounds whose timers it runs (with
 * the question on screen), the times of posted questions, and which rounds are paused because the
 * store cannot be reached. While a round is paused, answers to it are checked against this memory
 * and queued instead of read and written through the store.
 */
final class LiveRounds {
    private final Cache<String, RoundRow> rounds = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();
    private final Cache<String, String> byChannel = Caffeine.newBuilder()
            .maximumSize(50_000)
            .expireAfterAccess(Duration.ofHours(6))
            .build();
    /** A posted question's times never change, so answers need not read them again. */
    private final Cache<String, QuestionRow> questions = Caffeine.newBuilder()
            .maximumSize(20_000)
            .expireAfterAccess(Duration.ofMinutes(30))
            .build();

    /** Answers this process saw recorded, so a repeat during an outage is told it does not count. */
    private final Cache<String, Boolean> answered = Caffeine.newBuilder()
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofHours(1))
            .build();

    private final Set<String> paused = ConcurrentHashMap.newKeySet();

    /** {@code userId}'s answer to question {@code no} of the round is in the store. */
    void answered(String roundId, int no, String userId) {
        answered.put(key(roundId, no) + ":" + userId, Boolean.TRUE);
    }

    /** Whether this process saw {@code userId}'s answer to question {@code no} recorded. */
    boolean hasAnswered(String roundId, int no, String userId) {
        return answered.getIfPresent(key(roundId, no) + ":" + userId) != null;
    }

    /** This process runs {@code round}, as it stands now. */
    void running(RoundRow round) {
        rounds.put(round.id(), round);
        byChannel.put(round.channelKey(), round.id());
    }

    /** This process posted {@code question} of {@code round}. */
    void posted(RoundRow round, QuestionRow question) {
        running(round.withCurrentNo(question.no()));
        remember(question);
    }

    /** Keeps a posted, unrevealed question's times. */
    void remember(QuestionRow question) {
        if (question.closesAt().isPresent() && !question.revealed()) {
            questions.put(key(question.roundId(), question.no()), question);
        }
    }

    void ended(String roundId) {
        RoundRow round = rounds.getIfPresent(roundId);
        rounds.invalidate(roundId);
        if (round != null) {
            byChannel.asMap().remove(round.channelKey(), roundId);
        }
        paused.remove(roundId);
    }

    Optional<RoundRow> round(String roundId) {
        return Optional.ofNullable(rounds.getIfPresent(roundId));
    }

    /** The round this process runs under the first of {@code channelKeys} that has one. */
    Optional<RoundRow> inChannel(List<String> channelKeys) {
        for (String key : channelKeys) {
            String id = byChannel.getIfPresent(key);
            if (id != null) {
                Optional<RoundRow> round = round(id);
                if (round.isPresent()) {
                    return round;
                }
            }
        }
        return Optional.empty();
    }

    Optional<QuestionRow> question(String roundId, int no) {
        return Optional.ofNullable(questions.getIfPresent(key(roundId, no)));
    }

    /** Marks the round paused; true only for the call that paused it. */
    boolean pause(String roundId) {
        return paused.add(roundId);
    }

    boolean paused(String roundId) {
        return paused.contains(roundId);
    }

    void unpause(String roundId) {
        paused.remove(roundId);
    }

    /** Paused rounds whose channel is one of {@code channelKeys}. */
    Optional<RoundRow> pausedIn(List<String> channelKeys) {
        return inChannel(channelKeys).filter(r -> paused(r.id()));
    }

    private static String key(String roundId, int no) {
        return roundId + ":" + no;
    }
}
