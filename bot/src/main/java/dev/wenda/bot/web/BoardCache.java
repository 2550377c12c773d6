package dev.wenda.bot.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.store.BoardQuery;
import dev.wenda.bot.store.Standing;
import dev.wenda.bot.store.Standings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Computed board rows for the pages, kept for a short while: a board totals every answer of its
 * period, too slow to repeat for each reader. Keyed by the whole {@link BoardQuery} (community,
 * channel or group, the period's or season's start, rows wanted) and the season's end, so the
 * reader's highlight is drawn on shared rows. An answer recorded or a round ended in a community
 * ({@link #changed}) drops that community's boards: each community has a generation that is part of
 * the key, so a board being computed while the answer commits is never served afterwards.
 */
public final class BoardCache {
    /** How long a board is kept when nothing in its community changed. */
    public static final Duration DEFAULT_EXPIRY = Duration.ofSeconds(30);

    private static final int MAX_BOARDS = 2_000;

    private record Key(BoardQuery query, long until, long generation) {}

    private record Community(String platform, String community) {}

    private final Standings standings;
    private final Cache<Key, List<Standing>> cache;
    private final Map<Community, AtomicLong> generations = new ConcurrentHashMap<>();

    /**
     * @param expiry how long a board is kept; zero keeps none (every page reads the database)
     * @param ticker the time source of the expiry (tests advance a fake one)
     */
    public BoardCache(Standings standings, Duration expiry, Ticker ticker) {
        this.standings = Objects.requireNonNull(standings, "standings");
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
        long generation =
                generation(new Community(query.platform(), query.community())).get();
        return cache.get(new Key(query, until, generation), key -> List.copyOf(standings.top(query, until)));
    }

    /** Something a board counts changed in the community: its boards are computed afresh. */
    public void changed(String platform, String community) {
        Community place = new Community(platform, community);
        generation(place).incrementAndGet();
        cache.asMap()
                .keySet()
                .removeIf(k -> k.query().platform().equals(platform)
                        && k.query().community().equals(community));
    }

    private AtomicLong generation(Community place) {
        return generations.computeIfAbsent(place, p -> new AtomicLong());
    }
}
