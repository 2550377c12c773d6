package dev.wenda.bot.admin;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.store.GapDigests;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/** Replies of the real {@link DigestSettings}, for the adapters' rendering tests. */
public final class DigestReplies {
    private DigestReplies() {}

    /**
     * What an English-speaking admin sees typing {@code digest} in channel {@code here} after setting
     * the digest with {@code digest here fri 18:00} in channel {@code there} (community zone Shanghai).
     */
    public static Reply shownElsewhere(Platform platform, String there, String here) {
        try (TestDatabases.Fresh fresh = TestDatabases.open(Backend.H2)) {
            DigestSettings settings = new DigestSettings(
                    () -> new GapDigests(fresh.database()),
                    (p, community) -> ZoneId.of("Asia/Shanghai"),
                    new ManualClock(Instant.parse("2026-12-05T02:00:00Z")));
            handle(settings, admin(platform, there), "digest here fri 18:00");
            return handle(settings, admin(platform, here), "digest");
        }
    }

    private static Origin admin(Platform platform, String channel) {
        return new Origin(platform, "g1", channel, "u1", "Ann", Locale.ENGLISH, true);
    }

    private static Reply handle(DigestSettings settings, Origin origin, String command) {
        return settings.handle(((TextCommand.Parsed.Ok) TextCommand.parse(origin, command)).request());
    }
}
