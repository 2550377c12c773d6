package dev.wenda.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/** Leaderboards, study groups, seasons, per-topic stats and the spaced-review queue. */
public final class Boards {
    private final Jdbc jdbc;

    public Boards(Database database) {
        this.jdbc = database.jdbc();
    }

    /** The board's rows: points, then accuracy (correct answers), then fewer answers, then name. */
    public List<Standing> standings(BoardQuery query) {
        Objects.requireNonNull(query, "query");
        List<Object> params = new ArrayList<>(List.of(query.platform(), query.community(), query.since()));
        StringBuilder sql = new StringBuilder("select a.user_id, max(a.user_name), sum(a.points),"
                + " sum(case when a.correct then 1 else 0 end), count(*), count(distinct a.round_id), max(a.streak)"
                + " from answers a join rounds r on r.id = a.round_id"
                + " where r.platform = ? and r.community = ? and r.personal = false and a.graded = true"
                + " and a.answered_at >= ?");
        query.channel().ifPresent(channel -> {
            sql.append(" and r.channel = ?");
            params.add(channel);
        });
        query.group().ifPresent(group -> {
            sql.append(" and a.user_id in (select m.user_id from group_members m"
                    + " where m.platform = ? and m.community = ? and m.name = ?)");
            params.addAll(List.of(query.platform(), query.community(), group));
        });
        sql.append(" group by a.user_id order by 3 desc, 4 desc, 5, 2, 1 limit ")
                .append(query.limit());
        return jdbc.query(sql.toString(), Boards::standing, params.toArray());
    }

    /** When the board {@code scope}/{@code key} was last reset (epoch ms), if ever. */
    public OptionalLong lastReset(String platform, String community, String scope, String key) {
        return jdbc.queryOne(
                        "select max(ended_at) from seasons where platform = ? and community = ? and scope = ?"
                                + " and scope_key = ?",
                        StoreRows::firstOptionalLong,
                        platform,
                        community,
                        scope,
                        key)
                .orElse(OptionalLong.empty());
    }

    /** Closes the board's current season at {@code now}; its rows stay, the board starts empty. */
    public Season archiveSeason(
            String platform, String community, String scope, String key, long now, String userId, String userName) {
        return jdbc.inTransaction(tx -> {
            long started = tx.queryOne(
                            "select max(ended_at) from seasons where platform = ? and community = ? and scope = ?"
                                    + " and scope_key = ?",
                            row -> row.getLong(1),
                            platform,
                            community,
                            scope,
                            key)
                    .orElse(0L);
            tx.update(
                    "insert into seasons (platform, community, scope, scope_key, started_at, ended_at, reset_by,"
                            + " reset_by_name) values (?, ?, ?, ?, ?, ?, ?, ?)",
                    platform,
                    community,
                    scope,
                    key,
                    started,
                    now,
                    userId,
                    userName);
            return tx.queryOne(
                            "select id, scope, scope_key, started_at, ended_at, reset_by, reset_by_name from seasons"
                                    + " where platform = ? and community = ? and scope = ? and scope_key = ?"
                                    + " and ended_at = ? order by id desc",
                            Boards::season,
                            platform,
                            community,
                            scope,
                            key,
                            now)
                    .orElseThrow(() -> new SQLException("season just archived was not found"));
        });
    }

    /** The board's finished seasons, newest first. */
    public List<Season> seasons(String platform, String community, String scope, String key) {
        return jdbc.query(
                "select id, scope, scope_key, started_at, ended_at, reset_by, reset_by_name from seasons"
                        + " where platform = ? and community = ? and scope = ? and scope_key = ? order by ended_at desc,"
                        + " id desc",
                Boards::season,
                platform,
                community,
                scope,
                key);
    }

    /** Creates a group; false when the community already has one by that name. */
    public boolean createGroup(String platform, String community, String name, String userId, long now) {
        return jdbc.inTransaction(tx -> {
            int created = tx.update(
                    "insert into study_groups (platform, community, name, created_by, created_at)"
                            + " values (?, ?, ?, ?, ?) on conflict do nothing",
                    platform,
                    community,
                    name,
                    userId,
                    now);
            if (created == 1) {
                addMember(tx, platform, community, name, userId, now);
            }
            return created == 1;
        });
    }

    /**
     * Deletes the study group, its memberships and its board's seasons; the members' answers and
     * scores stay (they count on the server and channel boards).
     *
     * @return the number of members the group had, or empty when there is no such group
     */
    public Optional<Integer> deleteGroup(String platform, String community, String name) {
        return jdbc.inTransaction(tx -> {
            int members = tx.update(
                    "delete from group_members where platform = ? and community = ? and name = ?",
                    platform,
                    community,
                    name);
            tx.update(
                    "delete from seasons where platform = ? and community = ? and scope = 'GROUP' and scope_key = ?",
                    platform,
                    community,
                    name);
            int groups = tx.update(
                    "delete from study_groups where platform = ? and community = ? and name = ?",
                    platform,
                    community,
                    name);
            return groups == 0 ? Optional.<Integer>empty() : Optional.of(members);
        });
    }

    public boolean groupExists(String platform, String community, String name) {
        return jdbc.queryOne(
                        "select 1 from study_groups where platform = ? and community = ? and name = ?",
                        row -> true,
                        platform,
                        community,
                        name)
                .isPresent();
    }

    /** Adds the user to an existing group; false when already a member. */
    public boolean joinGroup(String platform, String community, String name, String userId, long now) {
        return jdbc.inTransaction(tx -> addMember(tx, platform, community, name, userId, now));
    }

    /** Removes the user from a group; false when not a member. */
    public boolean leaveGroup(String platform, String community, String name, String userId) {
        return jdbc.update(
                        "delete from group_members where platform = ? and community = ? and name = ? and user_id = ?",
                        platform,
                        community,
                        name,
                        userId)
                == 1;
    }

    /** The community's groups by name, with member counts and the user's membership. */
    public List<GroupRow> groups(String platform, String community, String userId) {
        return jdbc.query(
                "select g.name, (select count(*) from group_members m where m.platform = g.platform"
                        + " and m.community = g.community and m.name = g.name),"
                        + " (select count(*) from group_members m where m.platform = g.platform"
                        + " and m.community = g.community and m.name = g.name and m.user_id = ?)"
                        + " from study_groups g where g.platform = ? and g.community = ? order by g.name",
                row -> new GroupRow(row.getString(1), row.getInt(2), row.getInt(3) > 0),
                userId,
                platform,
                community);
    }

    /** The user's graded answers in public rounds of the community, by topic. */
    public List<TopicStat> topicStats(String platform, String community, String userId) {
        return jdbc.query(
                "select a.topic, sum(case when a.correct then 1 else 0 end), count(*) from answers a"
                        + " join rounds r on r.id = a.round_id where r.platform = ? and r.community = ?"
                        + " and a.user_id = ? and a.graded = true group by a.topic order by 3 desc, 1",
                row -> new TopicStat(row.getString(1), row.getInt(2), row.getInt(3)),
                platform,
                community,
                userId);
    }

    /** Puts an entry (back) at the start of the user's review queue, due at {@code now}. */
    public void reviewMissed(String platform, String community, String userId, String entryId, long now) {
        reviewMissed(platform, community, List.of(userId), entryId, now);
    }

    /** {@link #reviewMissed(String, String, String, String, long)} for several users, in one transaction. */
    public void reviewMissed(String platform, String community, Collection<String> userIds, String entryId, long now) {
        if (userIds.isEmpty()) {
            return;
        }
        jdbc.inTransaction(tx -> {
            for (String userId : userIds) {
                int updated = tx.update(
                        "update review_items set stage = 0, due_at = ? where platform = ? and community = ?"
                                + " and user_id = ? and entry_id = ?",
                        now,
                        platform,
                        community,
                        userId,
                        entryId);
                if (updated == 0) {
                    tx.update(
                            "insert into review_items (platform, community, user_id, entry_id, stage, due_at)"
                                    + " values (?, ?, ?, ?, 0, ?) on conflict do nothing",
                            platform,
                            community,
                            userId,
                            entryId,
                            now);
                }
            }
            return null;
        });
    }

    /**
     * Moves a recalled entry one stage on: due again after {@code intervalsMs[stage]}, or out of the
     * queue after the last interval. Does nothing for entries not in the queue.
     */
    public void reviewRecalled(
            String platform, String community, String userId, String entryId, long now, long[] intervalsMs) {
        jdbc.inTransaction(tx -> {
            var stage = tx.queryOne(
                    "select stage from review_items where platform = ? and community = ? and user_id = ?"
                            + " and entry_id = ?",
                    row -> row.getInt(1),
                    platform,
                    community,
                    userId,
                    entryId);
            if (stage.isEmpty()) {
                return null;
            }
            if (stage.get() >= intervalsMs.length) {
                tx.update(
                        "delete from review_items where platform = ? and community = ? and user_id = ?"
                                + " and entry_id = ?",
                        platform,
                        community,
                        userId,
                        entryId);
            } else {
                tx.update(
                        "update review_items set stage = ?, due_at = ? where platform = ? and community = ?"
                                + " and user_id = ? and entry_id = ?",
                        stage.get() + 1,
                        now + intervalsMs[stage.get()],
                        platform,
                        community,
                        userId,
                        entryId);
            }
            return null;
        });
    }

    /** Entry ids due for review at {@code now}, most overdue first. */
    public List<String> dueReviews(String platform, String community, String userId, long now, int limit) {
        return jdbc.query(
                "select entry_id from review_items where platform = ? and community = ? and user_id = ?"
                        + " and due_at <= ? order by due_at, entry_id limit " + limit,
                row -> row.getString(1),
                platform,
                community,
                userId,
                now);
    }

    /** The next time something becomes due, if the queue is not empty. */
    public OptionalLong nextReviewDue(String platform, String community, String userId) {
        return jdbc.queryOne(
                        "select min(due_at) from review_items where platform = ? and community = ? and user_id = ?",
                        StoreRows::firstOptionalLong,
                        platform,
                        community,
                        userId)
                .orElse(OptionalLong.empty());
    }

    private static boolean addMember(
            Jdbc.Tx tx, String platform, String community, String name, String userId, long now) throws SQLException {
        return tx.update(
                        "insert into group_members (platform, community, name, user_id, joined_at)"
                                + " values (?, ?, ?, ?, ?) on conflict do nothing",
                        platform,
                        community,
                        name,
                        userId,
                        now)
                == 1;
    }

    static Standing standing(ResultSet r) throws SQLException {
        return new Standing(
                r.getString(1), r.getString(2), r.getLong(3), r.getInt(4), r.getInt(5), r.getInt(6), r.getInt(7));
    }

    private static Season season(ResultSet r) throws SQLException {
        return new Season(
                r.getLong(1),
                r.getString(2),
                r.getString(3),
                r.getLong(4),
                r.getLong(5),
                r.getString(6),
                r.getString(7));
    }
}
