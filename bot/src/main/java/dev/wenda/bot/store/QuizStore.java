package dev.wenda.bot.store;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Rounds, their questions and answers. Every rule that must hold across processes is enforced here
 * by the database: one open round per channel key (primary key of {@code active_rounds}), one
 * counted answer per player per question (primary key of {@code answers}) and one first-correct
 * answer per question (primary key of {@code first_correct}).
 */
public final class QuizStore {
    static final String OPEN = RoundStatus.OPEN.name();
    static final String ROUND_COLUMNS = "id, platform, community, channel, channel_key, starter_id,"
            + " starter_name, topic, locale, personal, question_count, seconds, status, current_no, started_at,"
            + " ended_at, owner, lease_until";
    static final String QUESTION_COLUMNS =
            "round_id, question_no, kind, entry_id, topic, payload, posted_at, closes_at, revealed, message_id";
    static final String ANSWER_COLUMNS = "round_id, question_no, user_id, user_name, answer, graded, correct,"
            + " first_correct, points, streak, topic, entry_id, answered_at";

    private final Jdbc jdbc;

    public QuizStore(Database database) {
        this.jdbc = database.jdbc();
    }

    /** How points are computed once the store knows whether the answer was first and its streak. */
    @FunctionalInterface
    public interface PointsRule {
        int points(boolean firstCorrect, int streak);
    }

    /** The outcome of {@link #createRound}. */
    public sealed interface Creation {
        record Created(RoundRow round) implements Creation {}

        /** The channel key already has an open round: this one. */
        record Busy(RoundRow running) implements Creation {}
    }

    /**
     * Stores a new open round with its questions and marks {@code seenEntries} (the bank entries
     * among them) seen for {@code seenTopic} in the channel, unless the channel key already has an
     * open round.
     */
    public Creation createRound(
            RoundRow round, List<QuestionRow> questions, String seenTopic, Collection<String> seenEntries) {
        return jdbc.inTransaction(tx -> RoundCreation.create(tx, round, questions, seenTopic, seenEntries));
    }

    public Optional<RoundRow> round(String roundId) {
        return jdbc.queryOne("select " + ROUND_COLUMNS + " from rounds where id = ?", StoreRows::round, roundId);
    }

    /** The open round of a channel key, if any. */
    public Optional<RoundRow> activeRound(String channelKey) {
        return activeRound(List.of(channelKey));
    }

    /**
     * The open round of the first of {@code channelKeys} that has one, in one query (a user's
     * personal review key before the channel's key, say).
     */
    public Optional<RoundRow> activeRound(List<String> channelKeys) {
        if (channelKeys.isEmpty()) {
            return Optional.empty();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(channelKeys.size(), "?"));
        List<RoundRow> found = jdbc.query(
                "select " + ROUND_COLUMNS + " from rounds r where r.id in "
                        + "(select round_id from active_rounds where channel_key in (" + marks + "))",
                StoreRows::round,
                channelKeys.toArray());
        for (String key : channelKeys) {
            for (RoundRow round : found) {
                if (round.channelKey().equals(key)) {
                    return Optional.of(round);
                }
            }
        }
        return Optional.empty();
    }

    /** Every open round, oldest first: what a restarted process may resume. */
    public List<RoundRow> openRounds() {
        return jdbc.query(
                "select " + ROUND_COLUMNS + " from rounds where status = ? order by started_at, id",
                StoreRows::round,
                OPEN);
    }

    public List<QuestionRow> questions(String roundId) {
        return jdbc.query(
                "select " + QUESTION_COLUMNS + " from round_questions where round_id = ? order by question_no",
                StoreRows::question,
                roundId);
    }

    public Optional<QuestionRow> question(String roundId, int no) {
        return jdbc.queryOne(
                "select " + QUESTION_COLUMNS + " from round_questions where round_id = ? and question_no = ?",
                StoreRows::question,
                roundId,
                no);
    }

    /**
     * Makes question {@code no} the current one, open from {@code postedAt} to {@code closesAt}.
     * False when it was already posted (another process or an earlier run did it) or the round has
     * ended meanwhile.
     */
    public boolean openQuestion(String roundId, int no, long postedAt, long closesAt) {
        return jdbc.inTransaction(tx -> {
            int opened = tx.update(
                    "update round_questions set posted_at = ?, closes_at = ? where round_id = ? and question_no = ?"
                            + " and posted_at is null"
                            + " and exists (select 1 from rounds where id = ? and status = ?)",
                    postedAt,
                    closesAt,
                    roundId,
                    no,
                    roundId,
                    OPEN);
            if (opened == 1) {
                tx.update("update rounds set current_no = ? where id = ? and status = ?", no, roundId, OPEN);
            }
            return opened == 1;
        });
    }

    public void setMessageId(String roundId, int no, String messageId) {
        jdbc.update(
                "update round_questions set message_id = ? where round_id = ? and question_no = ?",
                messageId,
                roundId,
                no);
    }

    /** Closes question {@code no} for answers; true only for the one caller that closed it. */
    public boolean markRevealed(String roundId, int no) {
        return jdbc.update(
                        "update round_questions set revealed = true where round_id = ? and question_no = ?"
                                + " and revealed = false",
                        roundId,
                        no)
                == 1;
    }

    /**
     * Records an answer in one transaction. A second answer by the same player is a {@link
     * RecordResult.Duplicate}; with {@code requireOpen}, an answer to a revealed question is {@link
     * RecordResult.Closed}. The first correct answer is decided by the {@code first_correct}
     * primary key, so it is unique however many processes record answers at once.
     *
     * @param previousGradedNo the round's graded question before this one, whose answer carries the
     *     player's streak
     */
    public RecordResult recordAnswer(
            AnswerDraft draft, OptionalInt previousGradedNo, boolean requireOpen, PointsRule rule) {
        Objects.requireNonNull(draft, "draft");
        return jdbc.inTransaction(tx -> AnswerRecording.record(tx, draft, previousGradedNo, requireOpen, rule));
    }

    /** The counted answers to one question, in the order they were given. */
    public List<AnswerRow> answers(String roundId, int no) {
        return jdbc.query(
                "select " + ANSWER_COLUMNS + " from answers where round_id = ? and question_no = ?"
                        + " order by answered_at, user_id",
                StoreRows::answer,
                roundId,
                no);
    }

    /**
     * Counts {@code userId}'s vote to skip question {@code no} (once per player) and returns how
     * many players voted so far, whichever process took their votes.
     */
    public int voteSkip(String roundId, int no, String userId) {
        return jdbc.inTransaction(tx -> {
            tx.update(
                    "insert into skip_votes (round_id, question_no, user_id) values (?, ?, ?) on conflict do nothing",
                    roundId,
                    no,
                    userId);
            return tx.queryOne(
                            "select count(*) from skip_votes where round_id = ? and question_no = ?",
                            row -> row.getInt(1),
                            roundId,
                            no)
                    .orElse(0);
        });
    }

    /** Ids of the players who answered anything in the round. */
    public Set<String> players(String roundId) {
        return new HashSet<>(jdbc.query(
                "select distinct user_id from answers where round_id = ?", row -> row.getString(1), roundId));
    }

    /** The round's scoreboard: points, then correct answers, then name. */
    public List<Standing> roundScores(String roundId) {
        return jdbc.query(
                "select user_id, max(user_name), sum(points), sum(case when correct then 1 else 0 end),"
                        + " sum(case when graded then 1 else 0 end), 1, max(streak) from answers where round_id = ?"
                        + " group by user_id order by 3 desc, 4 desc, 2, 1",
                Standings::standing,
                roundId);
    }

    /** Ends an open round and frees its channel; true only for the one caller that ended it. */
    public boolean endRound(String roundId, long endedAt) {
        return jdbc.inTransaction(tx -> {
            int ended = tx.update(
                    "update rounds set status = ?, ended_at = ? where id = ? and status = ?",
                    RoundStatus.ENDED.name(),
                    endedAt,
                    roundId,
                    OPEN);
            tx.update("delete from active_rounds where round_id = ?", roundId);
            return ended == 1;
        });
    }

    /**
     * Takes or renews the lease on a round for {@code owner} until {@code until}: succeeds when the
     * round is open and unowned, already owned by {@code owner}, or its lease ran out before {@code
     * now}.
     */
    public boolean tryAcquireLease(String roundId, String owner, long now, long until) {
        return jdbc.update(
                        "update rounds set owner = ?, lease_until = ? where id = ? and status = ?"
                                + " and (owner is null or owner = ? or lease_until is null or lease_until < ?)",
                        owner,
                        until,
                        roundId,
                        OPEN,
                        owner,
                        now)
                == 1;
    }

    /** Gives up every open round {@code owner} holds, so another process may take them at once. */
    public int releaseLeases(String owner) {
        return jdbc.update(
                "update rounds set owner = null, lease_until = null where owner = ? and status = ?", owner, OPEN);
    }

    /** Entries already seen in a channel for a topic. */
    public Set<String> seenEntries(String channelKey, String topic) {
        return new HashSet<>(jdbc.query(
                "select entry_id from seen_entries where channel_key = ? and topic = ?",
                row -> row.getString(1),
                channelKey,
                topic));
    }

    /** Starts the topic's pool afresh for the channel once every entry has been seen. */
    public void clearSeen(String channelKey, String topic) {
        jdbc.update("delete from seen_entries where channel_key = ? and topic = ?", channelKey, topic);
    }
}
