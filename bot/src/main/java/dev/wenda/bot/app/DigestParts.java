package dev.wenda.bot.app;

import dev.wenda.bot.admin.DigestKeeper;
import dev.wenda.bot.admin.DigestSettings;
import dev.wenda.bot.admin.GapReport;
import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.quiz.ExecutorScheduler;
import dev.wenda.bot.store.CommunityZones;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.GapDigests;
import dev.wenda.bot.store.GapStore;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** The weekly gap digest of the composition root: its setting (a chat service) and its keeper (serve only). */
final class DigestParts {
    private final DigestSettings settings;
    private final Lazy<ExecutorScheduler> timer = new Lazy<>(() -> new ExecutorScheduler("wenda-gap-digest", 1));
    private final Lazy<DigestKeeper> keeper;

    /** @param fallback {@code quiz.time-zone}, for communities that set none */
    DigestParts(
            Supplier<Database> store,
            Supplier<GapReport> report,
            Outbox outbox,
            Clock clock,
            ZoneId fallback,
            Predicate<ChannelAddress> reachable) {
        this.settings = new DigestSettings(
                () -> new GapDigests(store.get()),
                (platform, community) -> zone(store, platform, community, fallback),
                clock);
        this.keeper = new Lazy<>(() -> new DigestKeeper(
                new GapDigests(store.get()),
                new GapStore(store.get()),
                report,
                outbox,
                timer.get(),
                clock,
                DigestKeeper.POLL,
                reachable));
    }

    DigestSettings settings() {
        return settings;
    }

    DigestKeeper keeper() {
        return keeper.get();
    }

    void stop() {
        keeper.ifBuilt().ifPresent(DigestKeeper::close);
        timer.ifBuilt().ifPresent(ExecutorScheduler::close);
    }

    private static ZoneId zone(Supplier<Database> store, Platform platform, String community, ZoneId fallback) {
        return new CommunityZones(store.get())
                .zone(platform, community)
                .flatMap(id -> {
                    try {
                        return java.util.Optional.of(ZoneId.of(id));
                    } catch (DateTimeException e) {
                        return java.util.Optional.<ZoneId>empty();
                    }
                })
                .orElse(fallback);
    }
}
