package dev.wenda.bot.store;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One question of a round as stored; {@code payload} is the quiz's own encoding of it.
 *
 * @param postedAt when it was posted (epoch ms), empty before
 * @param closesAt when answers stop counting (epoch ms), empty before it is posted
 */
public record QuestionRow(
        String roundId,
        int no,
        String kind,
        String entryId,
        String topic,
        String payload,
        OptionalLong postedAt,
        OptionalLong closesAt,
        boolean revealed,
        Optional<String> messageId) {
    public QuestionRow {
        Objects.requireNonNull(roundId, "roundId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(entryId, "entryId");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(payload, "payload");
        Objects.requireNonNull(postedAt, "postedAt");
        Objects.requireNonNull(closesAt, "closesAt");
        Objects.requireNonNull(messageId, "messageId");
    }

    /** A question not yet posted. */
    public static QuestionRow unposted(
            String roundId, int no, String kind, String entryId, String topic, String payload) {
        return new QuestionRow(
                roundId,
                no,
                kind,
                entryId,
                topic,
                payload,
                OptionalLong.empty(),
                OptionalLong.empty(),
                false,
                Optional.empty());
    }
}
