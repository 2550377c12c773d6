package dev.wenda.bot.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.store.BoardQuery;
import dev.wenda.bot.store.BoardVersions;
import dev.wenda.bot.store.Standing;
import dev.wenda.bot.store.Standings;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Computed board rows for the pages, kept for a short while: a board totals a period of answers, too
 * slow to repeat for each reader. Keyed by the whole {@link BoardQuery} (community, channel or group,
 * the period's or season's start, rows wanted), the season's end and the community's {@link
 * BoardVersions board version}, read afresh for every board (one primary-key read). Any process that
 * records an answer or changes a group's members bumps that version in the same transaction, so a
 * kept board is never older than the latest committed change; superseded boards are not searched
 * for but age out.
 */
public final class BoardCache {
    /** How long a board is kept when nothing in its community changed. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofSeconds(30);

    private static final int MAX_BOARDS = 2_000;

    private record Key(BoardQuery query, long until, long version) {}

    private final Standings standings;
    private final BoardVersions versions;
    private final Cache<Key, List<Standing>> cache;

    /**
     * @param versions the communities' board versions, checked for every board served
     * @param expiry how long a board is kept; zero keeps none (every page reads the database)
     * @param ticker the time source of the expiry (tests advance a fake one)
     */
    public BoardCache(Standings standings, BoardVersions versions, Duration expiry, Ticker ticker) {
        this.standings = Objects.requireNonNull(standings, "standings");
        this.versions = Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(expiry, "expiry");
        Objects.requireNonNull(ticker, "ticker");
        if (expiry.isNegative()) {
            throw new IllegalArgumentException("expiry must not be negative, was " + expiry);
        }
        this.cache = Caffeine.newBuilder()
                .maximumSize(expiry.isZero() ? 0 : MAX_BOARDS)
                .expireAfterWrite(expiry)
                .ticker(ticker)
                .executor(Runnable::run)
                .build();
    }

    /** The board's rows, as {@link Standings#top(BoardQuery, long)} gives them. */
    List<Standing> top(BoardQuery query, long until) {
        // Read before the board: a change committing meanwhile leaves this board under the old version.
        long version = versions.version(query.platform(), query.community());
        return cache.get(new Key(query, until, version), key -> List.copyOf(standings.top(query, until)));
    }
}
