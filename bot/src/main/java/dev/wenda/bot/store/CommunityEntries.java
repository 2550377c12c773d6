package dev.wenda.bot.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Each community's own bank in the store: decks, entries (added, edited, removed) and the bundled
 * entries it hid. Every change takes the next revision under the {@code community_clock} row lock,
 * so changes commit in revision order and {@link #changesSince} never skips one that commits late.
 * Removed entries stay as rows marked removed, so other processes learn of the removal.
 */
public final class CommunityEntries {
    private final Jdbc jdbc;

    public CommunityEntries(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /**
     * An entry to add: where it was read from (line 1 when typed in chat).
     *
     * @param accepted every accepted short answer (an entry of a trivia deck); empty for others
     */
    public record NewEntry(String question, String answer, List<String> tags, int line, List<String> accepted) {
        public NewEntry {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(answer, "answer");
            tags = List.copyOf(tags);
            accepted = List.copyOf(accepted);
        }

        /** An entry without accepted short answers. */
        public NewEntry(String question, String answer, List<String> tags, int line) {
            this(question, answer, tags, line, List.of());
        }
    }

    /** A stored entry of one community. */
    public record Row(
            String id,
            String community,
            String deck,
            int ordinal,
            int line,
            String question,
            String answer,
            List<String> tags,
            boolean removed,
            long rev,
            List<String> accepted,
            Optional<String> aliasOf) {
        public Row {
            tags = List.copyOf(tags);
            accepted = List.copyOf(accepted);
            Objects.requireNonNull(aliasOf, "aliasOf");
        }

        /** A row without accepted short answers that is not an alternate wording of another entry. */
        public Row(
                String id,
                String community,
                String deck,
                int ordinal,
                int line,
                String question,
                String answer,
                List<String> tags,
                boolean removed,
                long rev) {
            this(id, community, deck, ordinal, line, question, answer, tags, removed, rev, List.of(), Optional.empty());
        }
    }

    /** Whether {@code community} hides the bundled entry {@code entryId}, as of revision {@code rev}. */
    public record Hidden(String community, String entryId, boolean hidden, long rev) {}

    /** Every change after a revision, in revision order, and the last revision they reach. */
    public record Changes(List<Row> entries, List<Hidden> hidden, long lastRev) {
        public Changes {
            entries = List.copyOf(entries);
            hidden = List.copyOf(hidden);
        }
    }

    /** A deck: a named set of entries with where it came from and under what licence. */
    public record Deck(String community, String name, String source, String licence) {
        public Deck {
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(licence, "licence");
        }
    }

    /**
     * How many live entries a community may hold. An alternate wording counts only while its target is
     * there: a live entry of the community's own bank, or a bundled entry that the community does not
     * hide and that {@code bundled} holds.
     *
     * @param max the most entries counted
     * @param bundled whether the bundled bank of the process that writes holds an entry id
     */
    public record Limit(int max, Predicate<String> bundled) {
        public Limit {
            Objects.requireNonNull(bundled, "bundled");
        }
    }

    /** The most characters of accepted answers an entry keeps (the column's size). */
    public static final int MAX_ACCEPTED_CHARS = 4000;

    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("c\\d+");

    /**
     * Whether {@code id} names an entry of a community's own bank: {@code c} and its revision. A
     * bundled entry's id is {@code stem-ordinal}, which always holds a hyphen.
     */
    public static boolean isCommunityId(String id) {
        return ID.matcher(id).matches();
    }

    private static final String COLUMNS =
            "id, community, deck, ordinal, line, question, answer, tags, removed, rev, accepted";

    /** What {@link #row} reads. */
    private static final String READ = COLUMNS + ", alias_of";

    /**
     * Adds {@code entries} to {@code deck} (created with {@code deck}'s source and licence if new)
     * in one transaction; empty, and nothing written, when the community would pass {@code limit}.
     *
     * @return the new entries' ids, in order
     */
    public Optional<List<String>> addAll(Deck deck, List<NewEntry> entries, Limit limit, Instant at) {
        return addAll(deck, entries, null, limit, at);
    }

    /**
     * Adds {@code entry} to {@code deck} as an alternate wording of the entry {@code target} (a
     * community entry's id or a bundled entry's id): search answers it with the target's answer and
     * tags as they are then ({@code entry}'s answer and tags are kept as they were when linked).
     * Empty, and nothing written, when the community would pass {@code limit}.
     *
     * @return the new entry's id
     */
    public Optional<String> addAlias(Deck deck, NewEntry entry, String target, Limit limit, Instant at) {
        Objects.requireNonNull(target, "target");
        return addAll(deck, List.of(entry), target, limit, at).map(List::getFirst);
    }

    private Optional<List<String>> addAll(Deck deck, List<NewEntry> entries, String aliasOf, Limit limit, Instant at) {
        return jdbc.inTransaction(tx -> {
            long rev = tick(tx, entries.size());
            int live = count(tx, deck.community(), limit.bundled());
            if (live + entries.size() > limit.max()) {
                tx.update("update community_clock set rev = rev - ? where id = 1", (long) entries.size());
                return Optional.empty();
            }
            tx.update(
                    "insert into community_deck (community, name, source, licence, created_at)"
                            + " select ?, ?, ?, ?, ? where not exists"
                            + " (select 1 from community_deck where community = ? and name = ?)",
                    deck.community(),
                    deck.name(),
                    deck.source(),
                    deck.licence(),
                    at.toEpochMilli(),
                    deck.community(),
                    deck.name());
            int ordinal = tx.queryOne(
                            "select coalesce(max(ordinal), 0) from community_entry where community = ? and deck = ?",
                            r -> r.getInt(1),
                            deck.community(),
                            deck.name())
                    .orElse(0);
            List<String> ids = new ArrayList<>(entries.size());
            for (NewEntry e : entries) {
                rev++;
                ordinal++;
                String id = "c" + rev;
                tx.update(
                        "insert into community_entry (" + COLUMNS
                                + ", updated_at, alias_of) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        deck.community(),
                        deck.name(),
                        ordinal,
                        Math.max(1, e.line()),
                        e.question(),
                        e.answer(),
                        String.join("\n", e.tags()),
                        false,
                        rev,
                        lines(e.accepted()),
                        at.toEpochMilli(),
                        aliasOf);
                ids.add(id);
            }
            return Optional.of(ids);
        });
    }

    /**
     * Replaces the text of {@code community}'s live entry {@code id}; false when it has no such entry.
     * An alternate wording edited this way answers with its own new text from then on (it no longer
     * points at another entry).
     */
    public boolean edit(String community, String id, String question, String answer, List<String> tags, Instant at) {
        return jdbc.inTransaction(tx -> {
            long rev = tick(tx, 1) + 1;
            int n = tx.update(
                    "update community_entry set question = ?, answer = ?, tags = ?, rev = ?, updated_at = ?,"
                            + " alias_of = null, accepted = ''"
                            + " where community = ? and id = ? and not removed",
                    question,
                    answer,
                    String.join("\n", tags),
                    rev,
                    at.toEpochMilli(),
                    community,
                    id);
            if (n == 1) {
                touchAliases(tx, community, id, rev);
            }
            return n == 1;
        });
    }

    /** Removes {@code community}'s live entry {@code id}; false when it has no such entry. */
    public boolean remove(String community, String id, Instant at) {
        return jdbc.inTransaction(tx -> {
            long rev = tick(tx, 1) + 1;
            boolean removed = tx.update(
                            "update community_entry set removed = true, rev = ?, updated_at = ?"
                                    + " where community = ? and id = ? and not removed",
                            rev,
                            at.toEpochMilli(),
                            community,
                            id)
                    == 1;
            if (removed) {
                touchAliases(tx, community, id, rev);
            }
            return removed;
        });
    }

    /** Hides the bundled entry {@code entryId} from {@code community}, or shows it again. */
    public void hide(String community, String entryId, boolean hidden) {
        jdbc.inTransaction(tx -> {
            long rev = tick(tx, 1) + 1;
            int n = tx.update(
                    "update community_hidden set hidden = ?, rev = ? where community = ? and entry_id = ?",
                    hidden,
                    rev,
                    community,
                    entryId);
            if (n == 0) {
                tx.update(
                        "insert into community_hidden (community, entry_id, hidden, rev) values (?, ?, ?, ?)",
                        community,
                        entryId,
                        hidden,
                        rev);
            }
            touchAliases(tx, community, entryId, rev);
            return null;
        });
    }

    /** {@code community}'s live entries, in the order they were added; of one deck when given. */
    public List<Row> entries(String community, Optional<String> deck) {
        return deck.isPresent()
                ? jdbc.query(
                        "select " + READ + " from community_entry where community = ? and deck = ? and not removed"
                                + " order by rev",
                        CommunityEntries::row,
                        community,
                        deck.get())
                : jdbc.query(
                        "select " + READ + " from community_entry where community = ? and not removed order by rev",
                        CommunityEntries::row,
                        community);
    }

    /** One live entry of {@code community}. */
    public Optional<Row> entry(String community, String id) {
        return jdbc.queryOne(
                "select " + READ + " from community_entry where community = ? and id = ? and not removed",
                CommunityEntries::row,
                community,
                id);
    }

    /** How many live rows {@code community} has, every alternate wording included whatever its target. */
    public int count(String community) {
        return jdbc.queryOne(
                        "select count(*) from community_entry where community = ? and not removed",
                        r -> r.getInt(1),
                        community)
                .orElse(0);
    }

    /** How many live entries {@code community} has, as a {@link Limit} with {@code bundled} counts them. */
    public int count(String community, Predicate<String> bundled) {
        return jdbc.inTransaction(tx -> count(tx, community, bundled));
    }

    /** {@code community}'s decks, by name. */
    public List<Deck> decks(String community) {
        return jdbc.query(
                "select community, name, source, licence from community_deck where community = ? order by name",
                r -> new Deck(r.getString(1), r.getString(2), r.getString(3), r.getString(4)),
                community);
    }

    /** Every change (of every community) with a revision above {@code rev}. */
    public Changes changesSince(long rev) {
        return jdbc.inTransaction(tx -> {
            long last = tx.queryOne("select rev from community_clock where id = 1", r -> r.getLong(1))
                    .orElse(0L);
            List<Row> rows = tx.query(
                    "select " + READ + " from community_entry where rev > ? and rev <= ? order by rev",
                    CommunityEntries::row,
                    rev,
                    last);
            List<Hidden> hidden = tx.query(
                    "select community, entry_id, hidden, rev from community_hidden where rev > ? and rev <= ?"
                            + " order by rev",
                    r -> new Hidden(r.getString(1), r.getString(2), r.getBoolean(3), r.getLong(4)),
                    rev,
                    last);
            return new Changes(rows, hidden, Math.max(rev, last));
        });
    }

    /** Every live alternate wording (of every community) that points at another entry. */
    public List<Row> aliases() {
        return jdbc.query(
                "select " + READ + " from community_entry where alias_of is not null and not removed order by rev",
                CommunityEntries::row);
    }

    /**
     * Gives the live alternate wordings of {@code community}'s entry {@code target} the revision of
     * the change to the target, so every process's {@link #changesSince} reads them again and
     * answers them from the changed target.
     */
    private static void touchAliases(Jdbc.Tx tx, String community, String target, long rev) throws SQLException {
        tx.update(
                "update community_entry set rev = ? where community = ? and alias_of = ? and not removed",
                rev,
                community,
                target);
    }

    /** Takes {@code n} revisions under the clock's row lock; returns the last revision before them. */
    private static long tick(Jdbc.Tx tx, int n) throws SQLException {
        long before = tx.queryOne("select rev from community_clock where id = 1 for update", r -> r.getLong(1))
                .orElseThrow(() -> new IllegalStateException("community_clock has no row"));
        tx.update("update community_clock set rev = rev + ? where id = 1", (long) n);
        return before;
    }

    /**
     * The live entries of {@code community} a {@link Limit} counts: every entry but the alternate
     * wordings whose target is gone. Read in the caller's transaction, so a removal or a hide that
     * committed before (in any process) is seen; only whether the bundled bank holds a target is
     * this process's own view.
     */
    private static int count(Jdbc.Tx tx, String community, Predicate<String> bundled) throws SQLException {
        int own = tx.queryOne(
                        "select count(*) from community_entry e where e.community = ? and not e.removed"
                                + " and (e.alias_of is null or exists (select 1 from community_entry t"
                                + " where t.community = e.community and t.id = e.alias_of and not t.removed))",
                        r -> r.getInt(1),
                        community)
                .orElse(0);
        // Wordings of bundled entries (no row of the community has the target's id) it does not hide.
        int onBundled = 0;
        for (BundledTarget t : tx.query(
                "select e.alias_of, count(*) from community_entry e where e.community = ? and not e.removed"
                        + " and e.alias_of is not null"
                        + " and not exists (select 1 from community_entry t"
                        + " where t.community = e.community and t.id = e.alias_of)"
                        + " and not exists (select 1 from community_hidden h"
                        + " where h.community = e.community and h.entry_id = e.alias_of and h.hidden)"
                        + " group by e.alias_of",
                r -> new BundledTarget(r.getString(1), r.getInt(2)),
                community)) {
            if (bundled.test(t.id())) {
                onBundled += t.wordings();
            }
        }
        return own + onBundled;
    }

    private record BundledTarget(String id, int wordings) {}

    /**
     * One answer a line; a line break inside an answer becomes a space. Answers that do not fit
     * the column are not kept at all (such an entry plays as any other, never as a typed question).
     */
    private static String lines(List<String> answers) {
        String joined = String.join(
                "\n", answers.stream().map(a -> a.replaceAll("\\R", " ")).toList());
        return joined.length() > MAX_ACCEPTED_CHARS ? "" : joined;
    }

    private static Row row(ResultSet r) throws SQLException {
        String tags = r.getString(8);
        String accepted = r.getString(11);
        return new Row(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getInt(4),
                r.getInt(5),
                r.getString(6),
                r.getString(7),
                tags.isEmpty() ? List.of() : Arrays.asList(tags.split("\n")),
                r.getBoolean(9),
                r.getLong(10),
                accepted.isEmpty() ? List.of() : Arrays.asList(accepted.split("\n")),
                Optional.ofNullable(r.getString(12)));
    }
}
