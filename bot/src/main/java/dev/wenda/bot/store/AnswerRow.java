package dev.wenda.bot.store;

import java.util.Objects;

/**
 * A player's counted answer to one question.
 *
 * @param graded false for flashcard self-marks, which count for review but not for points or
 *     accuracy
 * @param streak the player's run of consecutive correct graded answers in the round, this one
 *     included (0 when wrong)
 */
public record AnswerRow(
        String roundId,
        int no,
        String userId,
        String userName,
        String answer,
        boolean graded,
        boolean correct,
        boolean firstCorrect,
        int points,
        int streak,
        String topic,
        String entryId,
        long answeredAt) {
    public AnswerRow {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(entryId, "entryId");
    }
}
