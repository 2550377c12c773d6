package dev.wenda.bot.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Knowledge gaps: questions answered with "did you mean" or "no answer", and 👎 on answers. */
public final class GapStore {
    /** Question text is cut to this many characters. */
    public static final int MAX_QUESTION = 512;

    private final Jdbc jdbc;

    public GapStore(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /** One stored gap. */
    public record Row(
            String platform, String community, String channel, String question, String decision, Instant at) {}

    public void record(
            String platform,
            String community,
            String channel,
            String question,
            String decision,
            Optional<String> entryId,
            Instant at) {
        String cut = question.length() > MAX_QUESTION ? question.substring(0, MAX_QUESTION) : question;
        jdbc.update(
                "insert into knowledge_gap (platform, community, channel, question, decision, entry_id, at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)",
                platform,
                community,
                channel,
                cut,
                decision,
                entryId.orElse(null),
                at.toEpochMilli());
    }

    /**
     * Where a community's gaps stand: its newest gap's id and how many it has. Gaps are only ever
     * added, so an equal revision means the same gaps.
     */
    public record Revision(long newestId, long count) {}

    /** The revision of {@code community}'s gaps: two reads with the same one saw the same gaps. */
    public Revision revision(String community) {
        Objects.requireNonNull(community, "community");
        return jdbc.queryOne(
                        "select coalesce(max(id), 0), count(*) from knowledge_gap where community = ?",
                        r -> new Revision(r.getLong(1), r.getLong(2)),
                        community)
                .orElseThrow();
    }

    /**
     * The gaps of {@code community} on {@code platform} (two platforms may share a community id)
     * recorded from {@code from} (inclusive) to {@code to} (exclusive), newest first.
     */
    public List<Row> between(String platform, String community, Instant from, Instant to) {
        return jdbc.query(
                "select platform, community, channel, question, decision, at from knowledge_gap"
                        + " where platform = ? and community = ? and at >= ? and at < ? order by at desc, id desc",
                GapStore::row,
                platform,
                community,
                from.toEpochMilli(),
                to.toEpochMilli());
    }

    private static Row row(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Row(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getString(4),
                r.getString(5),
                Instant.ofEpochMilli(r.getLong(6)));
    }

    /** The newest {@code limit} gaps, of one community when given, newest first. */
    public List<Row> recent(Optional<String> community, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        String sql = "select platform, community, channel, question, decision, at from knowledge_gap"
                + (community.isPresent() ? " where community = ?" : "")
                + " order by at desc, id desc limit ?";
        Object[] params = community.isPresent() ? new Object[] {community.get(), limit} : new Object[] {limit};
        return jdbc.query(
                sql,
                r -> new Row(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        Instant.ofEpochMilli(r.getLong(6))),
                params);
    }
}
