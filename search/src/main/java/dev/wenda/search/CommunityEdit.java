package dev.wenda.search;

import dev.wenda.content.QaEntry;
import java.util.List;

/**
 * A change to one community's bank, as {@link SearchService#applyCommunity} takes it: entries added
 * or replaced (by id), community entries removed, base entries hidden or shown again. Applying the
 * same edit twice gives the same bank, so a poller may replay what it has seen.
 *
 * @param upserts community entries to add, or to replace when their id is known
 * @param removals ids of community entries to drop (unknown ids are ignored)
 * @param hide ids of base entries this community no longer sees
 * @param unhide ids of base entries it sees again
 */
public record CommunityEdit(List<QaEntry> upserts, List<String> removals, List<String> hide, List<String> unhide) {
    public CommunityEdit {
        upserts = List.copyOf(upserts);
        removals = List.copyOf(removals);
        hide = List.copyOf(hide);
        unhide = List.copyOf(unhide);
    }

    /** Adds or replaces {@code entries}. */
    public static CommunityEdit upsert(List<QaEntry> entries) {
        return new CommunityEdit(entries, List.of(), List.of(), List.of());
    }

    public boolean isEmpty() {
        return upserts.isEmpty() && removals.isEmpty() && hide.isEmpty() && unhide.isEmpty();
    }
}
