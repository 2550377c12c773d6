package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.store.CommunityZones;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** A community's time zone: the one it set ({@code quiz timezone ZONE}), else the configured default. */
final class Zones {
    private final CommunityZones stored;
    private final ZoneId fallback;

    Zones(CommunityZones stored, ZoneId fallback) {
        this.stored = stored;
        this.fallback = fallback;
    }

    ZoneId of(Platform platform, String community) {
        return stored.zone(platform, community).flatMap(Zones::parse).orElse(fallback);
    }

    void set(Platform platform, String community, ZoneId zone) {
        stored.set(platform, community, zone.getId());
    }

    /** An IANA zone id or a fixed offset such as UTC+8; empty when {@code text} is neither. */
    static Optional<ZoneId> parse(String text) {
        try {
            return Optional.of(ZoneId.of(text.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
