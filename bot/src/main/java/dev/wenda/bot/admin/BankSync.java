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
 * writes, and on a timer for the others' writes. Thread-safe.
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
        for (CommunityEntries.Row row : changes.entries()) {
            Edits edits = byCommunity.computeIfAbsent(row.community(), c -> new Edits());
            if (row.removed()) {
                edits.removals.add(row.id());
            } else {
                edits.upserts.add(entry(row));
            }
        }
        for (CommunityEntries.Hidden h : changes.hidden()) {
            Edits edits = byCommunity.computeIfAbsent(h.community(), c -> new Edits());
            (h.hidden() ? edits.hide : edits.unhide).add(h.entryId());
        }
        byCommunity.forEach((community, e) ->
                search.applyCommunity(community, new CommunityEdit(e.upserts, e.removals, e.hide, e.unhide)));
        applied = changes.lastRev();
        return changes.entries().size() + changes.hidden().size();
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
