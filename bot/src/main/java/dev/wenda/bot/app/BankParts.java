package dev.wenda.bot.app;

import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.BankSync;
import dev.wenda.bot.admin.CommunityBank;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreException;
import dev.wenda.search.SearchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The community banks of the composition root: the sync that brings every community's stored
 * entries into search (all of them when search is first used, then every {@link #POLL} for other
 * processes' changes) and the service that edits them.
 */
final class BankParts {
    /** How often another process's change is looked for: well inside the 10 s target. */
    static final Duration POLL = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(BankParts.class);

    /** How long after a failed open the store is tried again. */
    static final Duration RETRY = Duration.ofSeconds(30);

    private final Supplier<SearchService> search;
    private final Clock clock;
    private volatile Instant retryAt = Instant.MIN;
    private final Lazy<BankSync> sync;
    private final Lazy<CommunityBank> bank;
    private final Lazy<ScheduledExecutorService> poller;

    BankParts(Supplier<Database> store, Supplier<SearchService> search, Clock clock, BankLimits limits) {
        this.search = search;
        this.clock = clock;
        this.sync = new Lazy<>(() -> {
            BankSync built = new BankSync(new CommunityEntries(store.get()), search.get());
            pollQuietly(built);
            return built;
        });
        this.bank = new Lazy<>(
                () -> new CommunityBank(new CommunityEntries(store.get()), search.get(), sync.get(), clock, limits));
        this.poller = new Lazy<>(() -> {
            ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r ->
                    Thread.ofPlatform().name("wenda-bank-sync").daemon(true).unstarted(r));
            timer.scheduleWithFixedDelay(
                    () -> pollQuietly(sync.get()), POLL.toMillis(), POLL.toMillis(), TimeUnit.MILLISECONDS);
            return timer;
        });
    }

    /**
     * Search with every community's entries applied, kept current by the poller from now on. When
     * the store cannot be opened the base bank answers alone, and opening is tried again after
     * {@link #RETRY}, not on every question.
     */
    SearchService search() {
        SearchService built = search.get();
        if (sync.ifBuilt().isEmpty()) {
            Instant now = clock.instant();
            if (now.isBefore(retryAt)) {
                return built;
            }
            try {
                sync.get();
            } catch (StoreException e) {
                retryAt = now.plus(RETRY);
                LOG.warn("community banks not loaded, the base bank answers alone: {}", e.getMessage());
                return built;
            }
        }
        poller.get();
        return built;
    }

    /** Search with every community's entries as stored now (a command: no poller). */
    SearchService searchOnce() {
        SearchService built = search.get();
        sync.get();
        return built;
    }

    /** Brings this process's search up to the store now (after an import wrote entries). */
    void refresh() {
        pollQuietly(sync.get());
    }

    CommunityBank bank() {
        return bank.get();
    }

    /** After the bundled bank was reloaded: alternate wordings answer from their bundled targets as they are now. */
    void bundledBankChanged() {
        sync.ifBuilt().ifPresent(built -> {
            try {
                built.refreshAliases();
            } catch (StoreException e) {
                LOG.warn("alternate wordings not refreshed after the reload: {}", e.getMessage());
            }
        });
    }

    void stop() {
        poller.ifBuilt().ifPresent(ScheduledExecutorService::shutdownNow);
    }

    private static void pollQuietly(BankSync sync) {
        try {
            sync.poll();
        } catch (StoreException e) {
            // The bundled bank keeps answering; the next poll catches up once the store is back.
            LOG.warn("community banks not refreshed: {}", e.getMessage());
        }
    }
}
