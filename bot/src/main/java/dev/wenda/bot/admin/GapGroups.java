package dev.wenda.bot.admin;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.wenda.bot.store.GapStore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A community's gaps grouped by meaning ({@link GapReport}), computed once per revision of its
 * gaps and shared by the web's gaps page and the chat {@code gaps} command. Grouping embeds every
 * distinct question (thousands), so a view that finds no new gap since the last one reuses its
 * grouping; a new gap changes the {@linkplain GapStore#revision revision} and the next view groups
 * afresh. At most {@link #CACHED} groupings are kept, the least recently used dropped first.
 */
public final class GapGroups {
    /** The newest gaps grouped, as {@code wenda admin gaps} reads. */
    public static final int READ = 5_000;

    /** Groupings kept: one per community (and platform filter) in use. */
    static final int CACHED = 64;

    /**
     * One grouping.
     *
     * @param gaps how many gaps were grouped
     * @param groups the groups, largest first
     */
    public record Grouping(int gaps, List<GapReport.Group> groups) {
        public Grouping {
            groups = List.copyOf(groups);
        }

        /** The first {@code limit} groups. */
        public List<GapReport.Group> top(int limit) {
            return groups.subList(0, Math.min(limit, groups.size()));
        }
    }

    private record Key(Optional<String> platform, String community, GapStore.Revision revision) {}

    private final Supplier<GapStore> store;
    private final Supplier<GapReport> report;
    private final Cache<Key, Grouping> groupings =
            Caffeine.newBuilder().maximumSize(CACHED).build();

    /**
     * @param store the gaps, opened when first asked
     * @param report the grouping, built (with its embedding model) when first needed
     */
    public GapGroups(Supplier<GapStore> store, Supplier<GapReport> report) {
        this.store = Objects.requireNonNull(store, "store");
        this.report = Objects.requireNonNull(report, "report");
    }

    /**
     * The newest {@link #READ} gaps of {@code community}, of one platform when given (two platforms
     * may share a community id), grouped; every group, largest first. Concurrent views of one
     * revision group once.
     */
    public Grouping of(Optional<String> platform, String community) {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        GapStore gaps = store.get();
        return groupings.get(new Key(platform, community, gaps.revision(community)), key -> group(gaps, key));
    }

    private Grouping group(GapStore gaps, Key key) {
        List<GapStore.Row> rows = gaps.recent(Optional.of(key.community()), READ).stream()
                .filter(row -> key.platform().map(row.platform()::equals).orElse(true))
                .toList();
        if (rows.isEmpty()) {
            return new Grouping(0, List.of());
        }
        return new Grouping(rows.size(), report.get().groups(rows, Integer.MAX_VALUE));
    }
}
