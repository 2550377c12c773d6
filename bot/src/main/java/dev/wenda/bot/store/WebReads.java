package dev.wenda.bot.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the web pages read beyond the chat's own queries: a player's answers over time, their recent
 * answers with the questions, the community's players and its most-👎 entries. Every query is
 * confined to one platform and community.
 */
public final class WebReads {
    private final Jdbc jdbc;

    public WebReads(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /** One graded or ungraded answer at a time (epoch ms). */
    public record Mark(long at, boolean graded, boolean correct) {}

    /** One of a player's answers, with the round and the stored question it answered. */
    public record PastAnswer(
            String roundId,
            long roundStartedAt,
            int no,
            String payload,
            String answer,
            boolean graded,
            boolean correct,
            int points,
            long at) {
        public PastAnswer {
            Objects.requireNonNull(roundId, "roundId");
            Objects.requireNonNull(payload, "payload");
            Objects.requireNonNull(answer, "answer");
        }
    }

    /** An entry's 👍 and 👎 counts in one community. */
    public record EntryVotes(String entryId, int helpful, int notHelpful) {}

    /** The ids of everyone who answered in the community's public rounds. */
    public List<String> players(String platform, String community) {
        return jdbc.query(
                "select distinct a.user_id from answers a join rounds r on r.id = a.round_id"
                        + " where r.platform = ? and r.community = ? and r.personal = false",
                row -> row.getString(1),
                platform,
                community);
    }

    /** The name the user last answered under in the community, if they ever answered there. */
    public Optional<String> name(String platform, String community, String userId) {
        return jdbc.queryOne(
                "select a.user_name from answers a join rounds r on r.id = a.round_id"
                        + " where r.platform = ? and r.community = ? and a.user_id = ?"
                        + " order by a.answered_at desc limit 1",
                row -> row.getString(1),
                platform,
                community,
                userId);
    }

    /** The user's answers in the community's public rounds at or after {@code since}, oldest first. */
    public List<Mark> marks(String platform, String community, String userId, long since) {
        return jdbc.query(
                "select a.answered_at, a.graded, a.correct from answers a join rounds r on r.id = a.round_id"
                        + " where r.platform = ? and r.community = ? and r.personal = false and a.user_id = ?"
                        + " and a.answered_at >= ? order by a.answered_at",
                row -> new Mark(row.getLong(1), row.getBoolean(2), row.getBoolean(3)),
                platform,
                community,
                userId,
                since);
    }

    /** The user's latest {@code limit} answers in the community's public rounds, newest first. */
    public List<PastAnswer> recent(String platform, String community, String userId, int limit) {
        return jdbc.query(
                "select a.round_id, r.started_at, a.question_no, q.payload, a.answer, a.graded, a.correct, a.points,"
                        + " a.answered_at from answers a join rounds r on r.id = a.round_id"
                        + " join round_questions q on q.round_id = a.round_id and q.question_no = a.question_no"
                        + " where r.platform = ? and r.community = ? and r.personal = false and a.user_id = ?"
                        + " order by a.answered_at desc, a.round_id, a.question_no limit " + limit,
                row -> new PastAnswer(
                        row.getString(1),
                        row.getLong(2),
                        row.getInt(3),
                        row.getString(4),
                        row.getString(5),
                        row.getBoolean(6),
                        row.getBoolean(7),
                        row.getInt(8),
                        row.getLong(9)),
                platform,
                community,
                userId);
    }

    /** Entries with 👎 in the community, the most 👎 first (then the most 👍, then by id). */
    public List<EntryVotes> mostDisliked(String platform, String community, int limit) {
        return jdbc.query(
                "select entry_id, sum(case when helpful then 1 else 0 end), sum(case when helpful then 0 else 1 end)"
                        + " from answer_feedback where platform = ? and community = ? group by entry_id"
                        + " having sum(case when helpful then 0 else 1 end) > 0 order by 3 desc, 2 desc, 1 limit "
                        + limit,
                row -> new EntryVotes(row.getString(1), row.getInt(2), row.getInt(3)),
                platform,
                community);
    }

    /** An entry's 👍 and 👎 in the community. */
    public EntryVotes votes(String platform, String community, String entryId) {
        return jdbc.queryOne(
                        "select sum(case when helpful then 1 else 0 end), sum(case when helpful then 0 else 1 end)"
                                + " from answer_feedback where platform = ? and community = ? and entry_id = ?",
                        row -> new EntryVotes(entryId, row.getInt(1), row.getInt(2)),
                        platform,
                        community,
                        entryId)
                .orElse(new EntryVotes(entryId, 0, 0));
    }
}
