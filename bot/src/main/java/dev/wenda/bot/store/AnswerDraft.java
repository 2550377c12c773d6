package dev.wenda.bot.store;

import java.util.Objects;

/** An answer about to be recorded; the store decides first-correct, streak and points. */
public record AnswerDraft(
        String roundId,
        int no,
        String userId,
        String userName,
        String answer,
        boolean graded,
        boolean correct,
        String topic,
        String entryId,
        long answeredAt) {
    public AnswerDraft {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(userName, "userName");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(entryId, "entryId");
        if (correct && !graded) {
            throw new IllegalArgumentException("an ungraded mark cannot be correct");
        }
    }
}
