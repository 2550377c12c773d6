package dev.wenda.bot.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Study groups of a community and their members. */
public final class StudyGroups {
    private final Jdbc jdbc;

    public StudyGroups(Database database) {
        this.jdbc = database.jdbc();
    }

    /** Creates a group; false when the community already has one by that name. */
    public boolean create(String platform, String community, String name, String userId, long now) {
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
    public Optional<Integer> delete(String platform, String community, String name) {
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
            if (members > 0) {
                BoardVersions.bump(tx, platform, community);
            }
            return groups == 0 ? Optional.<Integer>empty() : Optional.of(members);
        });
    }

    public boolean exists(String platform, String community, String name) {
        return jdbc.queryOne(
                        "select 1 from study_groups where platform = ? and community = ? and name = ?",
                        row -> true,
                        platform,
                        community,
                        name)
                .isPresent();
    }

    /** Adds the user to an existing group; false when already a member. */
    public boolean join(String platform, String community, String name, String userId, long now) {
        return jdbc.inTransaction(tx -> addMember(tx, platform, community, name, userId, now));
    }

    /** Removes the user from a group; false when not a member. */
    public boolean leave(String platform, String community, String name, String userId) {
        return jdbc.inTransaction(tx -> {
            boolean left = tx.update(
                            "delete from group_members where platform = ? and community = ? and name = ?"
                                    + " and user_id = ?",
                            platform,
                            community,
                            name,
                            userId)
                    == 1;
            if (left) {
                BoardVersions.bump(tx, platform, community);
            }
            return left;
        });
    }

    /** The community's groups by name, with member counts and the user's membership. */
    public List<GroupRow> list(String platform, String community, String userId) {
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

    /** Adds the member and, when they were not one yet, bumps the community's board version. */
    private static boolean addMember(
            Jdbc.Tx tx, String platform, String community, String name, String userId, long now) throws SQLException {
        boolean added = tx.update(
                        "insert into group_members (platform, community, name, user_id, joined_at)"
                                + " values (?, ?, ?, ?, ?) on conflict do nothing",
                        platform,
                        community,
                        name,
                        userId,
                        now)
                == 1;
        if (added) {
            BoardVersions.bump(tx, platform, community);
        }
        return added;
    }
}
