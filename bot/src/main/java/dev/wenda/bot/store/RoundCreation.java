package dev.wenda.bot.store;

import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * How a round is created, inside one transaction: the channel key is claimed first (one open round
 * per channel, however many processes start one at once), then the round, its questions and the
 * entries it shows as seen are inserted.
 */
final class RoundCreation {
    private RoundCreation() {}

    static QuizStore.Creation create(
            Jdbc.Tx tx, RoundRow round, List<QuestionRow> questions, String seenTopic, Collection<String> seenEntries)
            throws SQLException {
        int claimed = tx.update(
                "insert into active_rounds (channel_key, round_id) values (?, ?) on conflict do nothing",
                round.channelKey(),
                round.id());
        if (claimed == 0) {
            Optional<RoundRow> running = tx.queryOne(
                    "select " + QuizStore.ROUND_COLUMNS + " from rounds where id = "
                            + "(select round_id from active_rounds where channel_key = ?)",
                    StoreRows::round,
                    round.channelKey());
            if (running.isPresent()) {
                return new QuizStore.Creation.Busy(running.get());
            }
            throw new SQLException("channel " + round.channelKey() + " is claimed by a round that was not found");
        }
        tx.update(
                "insert into rounds (" + QuizStore.ROUND_COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                round.id(),
                round.platform().name(),
                round.community(),
                round.channel(),
                round.channelKey(),
                round.starterId(),
                round.starterName(),
                round.topic(),
                round.locale().toLanguageTag(),
                round.personal(),
                round.questionCount(),
                round.seconds(),
                (round.open() ? RoundStatus.OPEN : RoundStatus.ENDED).name(),
                round.currentNo(),
                round.startedAt(),
                round.endedAt().isPresent() ? round.endedAt().getAsLong() : null,
                round.owner().orElse(null),
                round.leaseUntil().isPresent() ? round.leaseUntil().getAsLong() : null);
        for (QuestionRow q : questions) {
            tx.update(
                    "insert into round_questions (" + QuizStore.QUESTION_COLUMNS
                            + ") values (?, ?, ?, ?, ?, ?, null, null, false, null)",
                    round.id(),
                    q.no(),
                    q.kind(),
                    q.entryId(),
                    q.topic(),
                    q.payload());
        }
        for (String entryId : seenEntries) {
            tx.update(
                    "insert into seen_entries (channel_key, topic, entry_id, seen_at) values (?, ?, ?, ?)"
                            + " on conflict do nothing",
                    round.channelKey(),
                    seenTopic,
                    entryId,
                    round.startedAt());
        }
        return new QuizStore.Creation.Created(round);
    }
}
