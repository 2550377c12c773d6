package dev.wenda.bot.web;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.admin.GapGroups;
import dev.wenda.bot.admin.GapReport;
import dev.wenda.bot.admin.StoredDeckCredits;
import dev.wenda.bot.ask.DeckCredits;
import dev.wenda.bot.store.BoardVersions;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.CommunitySettings;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TopicStats;
import dev.wenda.bot.store.WebReads;
import dev.wenda.content.ContentBank;
import dev.wenda.search.BgeEmbedder;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the pages read: the same stores the chat's boards, groups, stats and review use (boards
 * through a short-lived {@link BoardCache}), the knowledge gaps and their grouping by meaning, the
 * bank being served, the chat's search service (for the bank page), and the clock and time zone of
 * the boards' periods.
 */
public record WebData(
        Standings standings,
        BoardCache boards,
        Seasons seasons,
        StudyGroups groups,
        TopicStats topics,
        ReviewQueue review,
        QuizStore rounds,
        WebReads reads,
        CommunitySettings settings,
        GapStore gaps,
        GapGroups gapGroups,
        Supplier<ContentBank> bank,
        Supplier<SearchService> search,
        Clock clock,
        ZoneId zone,
        DeckCredits credits) {
    public WebData {
        Objects.requireNonNull(standings, "standings");
        Objects.requireNonNull(boards, "boards");
        Objects.requireNonNull(seasons, "seasons");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(topics, "topics");
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(rounds, "rounds");
        Objects.requireNonNull(reads, "reads");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(gapGroups, "gapGroups");
        Objects.requireNonNull(bank, "bank");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(credits, "credits");
    }

    /** Every store on one open database; boards kept {@link BoardCache#DEFAULT_EXPIRY}. */
    public static WebData of(
            Database db, Supplier<ContentBank> bank, Supplier<SearchService> search, Clock clock, ZoneId zone) {
        return of(db, bank, search, clock, zone, BoardCache.DEFAULT_EXPIRY, Ticker.systemTicker());
    }

    /**
     * Every store on one open database; boards kept {@code boardExpiry} by {@code ticker} (zero keeps
     * none) and recomputed once an answer or a group membership change in the community committed,
     * in this process or another on the same database.
     */
    public static WebData of(
            Database db,
            Supplier<ContentBank> bank,
            Supplier<SearchService> search,
            Clock clock,
            ZoneId zone,
            Duration boardExpiry,
            Ticker ticker) {
        Standings standings = new Standings(db);
        BoardCache boards = new BoardCache(standings, new BoardVersions(db), boardExpiry, ticker);
        GapStore gaps = new GapStore(db);
        return new WebData(
                standings,
                boards,
                new Seasons(db),
                new StudyGroups(db),
                new TopicStats(db),
                new ReviewQueue(db),
                new QuizStore(db),
                new WebReads(db),
                new CommunitySettings(db),
                gaps,
                new GapGroups(() -> gaps, gapReport(search)),
                bank,
                search,
                clock,
                zone,
                new StoredDeckCredits(() -> new CommunityEntries(db), clock));
    }

    /**
     * The same stores with gaps grouped by {@code groups} (the composition root shares one grouping
     * cache between these pages and the chat {@code gaps} command).
     */
    public WebData withGapGroups(GapGroups groups) {
        return new WebData(
                standings,
                boards,
                seasons,
                this.groups,
                topics,
                review,
                rounds,
                reads,
                settings,
                gaps,
                groups,
                bank,
                search,
                clock,
                zone,
                credits);
    }

    /**
     * Groups gaps with the search's embedder, or the bundled bge model when search runs lexical
     * only (as {@code wenda admin gaps}); built when the gaps page first asks.
     */
    private static Supplier<GapReport> gapReport(Supplier<SearchService> search) {
        return new Supplier<>() {
            private GapReport report;

            @Override
            public synchronized GapReport get() {
                if (report == null) {
                    report = new GapReport(
                            search.get().embedder().orElseGet(() -> new BgeEmbedder(Runnable::run, false)));
                }
                return report;
            }
        };
    }
}
