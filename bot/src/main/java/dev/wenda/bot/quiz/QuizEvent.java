package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.store.Standing;
import java.time.Instant;
import java.util.List;

/** What happens in rounds, for logs and the console's {@code --json} mode. */
public sealed interface QuizEvent {
    String roundId();

    Instant at();

    record RoundStarted(
            String roundId,
            Instant at,
            ChannelAddress channel,
            String starter,
            String topic,
            int questions,
            int seconds,
            boolean personal)
            implements QuizEvent {}

    record QuestionPosted(String roundId, Instant at, int no, Kind kind, String entryId, Instant closesAt)
            implements QuizEvent {}

    /** A counted answer (duplicates and late answers are not events). */
    record AnswerRecorded(
            String roundId,
            Instant at,
            int no,
            String userId,
            String userName,
            String answer,
            boolean correct,
            boolean firstCorrect,
            int points)
            implements QuizEvent {}

    record QuestionRevealed(String roundId, Instant at, int no, String correctAnswer, List<String> correctUsers)
            implements QuizEvent {}

    record RoundEnded(String roundId, Instant at, EndReason reason, List<Standing> scores) implements QuizEvent {}

    /** The store could not be reached: the round's clock stopped, answers are queued. */
    record ScoresPaused(String roundId, Instant at) implements QuizEvent {}

    /** The store is back: {@code counted} queued answers were recorded and the round goes on. */
    record ScoresResumed(String roundId, Instant at, int counted) implements QuizEvent {}
}
