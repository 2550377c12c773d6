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

    private final Supplier<SearchService> search;
    private final Lazy<BankSync> sync;
    private final Lazy<CommunityBank> bank;
    private final Lazy<ScheduledExecutorService> poller;

    BankParts(Supplier<Database> store, Supplier<SearchService> search, Clock clock, BankLimits limits) {
        this.search = search;
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

    /** Search with every community's entries applied, kept current by the poller from now on. */
    SearchService search() {
        SearchService built = search.get();
        sync.get();
        poller.get();
        return built;
    }

    /** Search with every community's entries as stored now (a command: no poller). */
    SearchService searchOnce() {
        SearchService built = search.get();
        sync.get();
        return built;
    }

    CommunityBank bank() {
        return bank.get();
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
