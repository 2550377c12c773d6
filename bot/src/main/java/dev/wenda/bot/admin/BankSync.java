package dev.wenda.bot.admin;

import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.CommunityEdit;
import dev.wenda.search.SearchService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Brings every community's bank from the store into search: each {@link #poll} applies the changes
 * newer than the last revision it applied (its own process's writes and every other process's), so
 * only the entries that changed are indexed. The process calls it right after each of its own
 * writes, and on a timer for the others' writes. An alternate wording that points at another entry
 * is indexed with that entry's answer and tags as they are when it is applied, and left out while
 * that entry is gone (removed, hidden, or no longer in the bundled bank). Thread-safe.
 */
public final class BankSync {
    private final CommunityEntries store;
    private final SearchService search;
    private long applied;

    public BankSync(CommunityEntries store, SearchService search) {
        this.store = Objects.requireNonNull(store, "store");
        this.search = Objects.requireNonNull(search, "search");
    }

    /** Applies every change committed since the last poll; returns how many rows it applied. */
    public synchronized int poll() {
        CommunityEntries.Changes changes = store.changesSince(applied);
        Map<String, Edits> byCommunity = new LinkedHashMap<>();
        Map<String, CommunityEntries.Row> aliases = new LinkedHashMap<>();
        for (CommunityEntries.Row row : changes.entries()) {
            Edits edits = byCommunity.computeIfAbsent(row.community(), c -> new Edits());
            if (row.aliasOf().isPresent() && !row.removed()) {
                aliases.put(row.id(), row);
            } else if (row.removed()) {
                edits.removals.add(row.id());
            } else {
                edits.upserts.add(entry(row));
            }
        }
        for (CommunityEntries.Hidden h : changes.hidden()) {
            Edits edits = byCommunity.computeIfAbsent(h.community(), c -> new Edits());
            (h.hidden() ? edits.hide : edits.unhide).add(h.entryId());
        }
        apply(byCommunity);
        apply(resolve(aliases.values()));
        applied = changes.lastRev();
        return changes.entries().size() + changes.hidden().size();
    }

    /**
     * Answers every live alternate wording from its target as it is now; after the bundled bank is
     * reloaded, since a bundled target may have changed or gone. Returns how many it applied.
     */
    public synchronized int refreshAliases() {
        List<CommunityEntries.Row> aliases = store.aliases();
        apply(resolve(aliases));
        return aliases.size();
    }

    /** Alternate wordings, answered from their targets as search has them now; those without one dropped. */
    private Map<String, Edits> resolve(Iterable<CommunityEntries.Row> aliases) {
        Map<String, Edits> byCommunity = new LinkedHashMap<>();
        for (CommunityEntries.Row row : aliases) {
            Edits edits = byCommunity.computeIfAbsent(row.community(), c -> new Edits());
            String target = row.aliasOf().orElseThrow();
            search.entry(row.community(), target)
                    .filter(found -> !found.id().equals(row.id()))
                    .ifPresentOrElse(found -> edits.upserts.add(alias(row, found)), () -> edits.removals.add(row.id()));
        }
        return byCommunity;
    }

    private void apply(Map<String, Edits> byCommunity) {
        byCommunity.forEach((community, e) ->
                search.applyCommunity(community, new CommunityEdit(e.upserts, e.removals, e.hide, e.unhide)));
    }

    /**
     * An alternate wording as search sees it: its own id, question and place, then its target's
     * places (so an imported deck's licence is still credited), its target's answer and tags, and
     * its target's id to cite (a reply through the wording cites the entry it shows).
     */
    static QaEntry alias(CommunityEntries.Row row, QaEntry target) {
        QaEntry own = entry(row);
        return new QaEntry(
                own.id(),
                own.question(),
                target.answer(),
                java.util.stream.Stream.concat(own.refs().stream(), target.refs().stream())
                        .toList(),
                target.tags(),
                target.images(),
                target.related(),
                target.keyPoint(),
                target.citedId());
    }

    /** The last revision applied. */
    public synchronized long applied() {
        return applied;
    }

    /** A stored entry as search and chat see it: its deck is its source, its place in the deck its ref. */
    public static QaEntry entry(CommunityEntries.Row row) {
        return new QaEntry(
                row.id(),
                row.question(),
                row.answer(),
                List.of(new SourceRef(row.deck(), Math.max(1, row.ordinal()), Math.max(1, row.line()))),
                row.tags(),
                List.of(),
                List.of());
    }

    private static final class Edits {
        final List<QaEntry> upserts = new ArrayList<>();
        final List<String> removals = new ArrayList<>();
        final List<String> hide = new ArrayList<>();
        final List<String> unhide = new ArrayList<>();
    }
}
