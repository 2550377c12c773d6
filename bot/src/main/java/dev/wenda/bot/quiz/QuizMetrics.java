package dev.wenda.bot.quiz;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.ops.Metrics;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Feeds quiz events to {@link Metrics}: every recorded answer, tagged with its round's platform
 * (a round this process took over or only takes answers for is looked up once, then cached).
 */
public final class QuizMetrics implements QuizListener {
    private final Metrics metrics;
    private final Function<String, Optional<Platform>> platformOf;
    private final Cache<String, Platform> platforms = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(2))
            .maximumSize(10_000)
            .build();

    /** @param platformOf the platform of a round by id, from the store */
    public QuizMetrics(Metrics metrics, Function<String, Optional<Platform>> platformOf) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.platformOf = Objects.requireNonNull(platformOf, "platformOf");
    }

    @Override
    public void on(QuizEvent event) {
        switch (event) {
            case QuizEvent.RoundStarted started ->
                platforms.put(started.roundId(), started.channel().platform());
            case QuizEvent.AnswerRecorded answer -> platform(answer.roundId()).ifPresent(metrics::answerRecorded);
            case QuizEvent.RoundEnded ended -> platforms.invalidate(ended.roundId());
            case QuizEvent.QuestionPosted posted -> {}
            case QuizEvent.QuestionRevealed revealed -> {}
            case QuizEvent.ScoresPaused paused -> {}
            case QuizEvent.ScoresResumed resumed -> {}
        }
    }

    private Optional<Platform> platform(String roundId) {
        Platform known = platforms.getIfPresent(roundId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Platform> looked = platformOf.apply(roundId);
        looked.ifPresent(p -> platforms.put(roundId, p));
        return looked;
    }
}
