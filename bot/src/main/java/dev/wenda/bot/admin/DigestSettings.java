package dev.wenda.bot.admin;

import dev.wenda.bot.chat.Body;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.quiz.WeeklyTime;
import dev.wenda.bot.store.GapDigests;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * The weekly gap digest's setting, for admins: {@code digest here [weekly] [DAY] [HH:MM]} (Discord:
 * {@code /wenda-admin digest channel:#x}), {@code digest off}, {@code digest}. The day and time are
 * read in the community's zone as it is when the digest is set. Anyone else gets a private refusal.
 */
public final class DigestSettings implements ChatService {
    private final Supplier<GapDigests> digests;
    private final BiFunction<Platform, String, ZoneId> zones;
    private final Clock clock;

    /** @param zones the community's zone ({@code quiz timezone}, else {@code quiz.time-zone}) */
    public DigestSettings(Supplier<GapDigests> digests, BiFunction<Platform, String, ZoneId> zones, Clock clock) {
        this.digests = Objects.requireNonNull(digests, "digests");
        this.zones = Objects.requireNonNull(zones, "zones");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Reply handle(ChatRequest request) {
        if (!(request instanceof ChatRequest.GapDigest digest)) {
            throw new IllegalArgumentException(
                    "DigestSettings cannot handle " + request.getClass().getSimpleName());
        }
        Origin origin = digest.origin();
        Messages texts = origin.messages();
        if (!origin.admin()) {
            return Reply.privateText(texts.text("bank.adminOnly"));
        }
        return Reply.privateText(
                switch (digest.action()) {
                    case SET -> set(digest, texts);
                    case OFF ->
                        Body.markdown(
                                digests.get().remove(origin.platform(), origin.community())
                                        ? texts.text("digest.off")
                                        : texts.text("digest.none"));
                    case SHOW ->
                        digests.get()
                                .get(origin.platform(), origin.community())
                                .map(row -> describe(row, origin, texts))
                                .orElseGet(() -> Body.markdown(texts.text("digest.none")));
                });
    }

    private Body set(ChatRequest.GapDigest digest, Messages texts) {
        Optional<DayOfWeek> day = WeeklyTime.day(digest.day());
        if (day.isEmpty()) {
            return Body.markdown(texts.text("schedule.badDay", UserText.quote(digest.day())));
        }
        Optional<LocalTime> time = WeeklyTime.time(digest.time());
        if (time.isEmpty()) {
            return Body.markdown(texts.text("schedule.badTime", UserText.quote(digest.time())));
        }
        Origin origin = digest.origin();
        WeeklyTime weekly = new WeeklyTime(day.get(), time.get());
        ZoneId zone = zones.apply(origin.platform(), origin.community());
        GapDigests.Row row = new GapDigests.Row(
                origin.platform(),
                origin.community(),
                digest.channel(),
                day.get().getValue(),
                weekly.minuteOfDay(),
                zone.getId(),
                origin.locale(),
                weekly.next(clock.instant(), zone).toEpochMilli());
        digests.get().set(row);
        return Body.sentence(
                texts, "digest.set", weekly.when(texts), channel(row.channel(), origin, texts), zone.getId());
    }

    private static Body describe(GapDigests.Row row, Origin origin, Messages texts) {
        return Body.sentence(
                texts,
                "digest.show",
                WeeklyTime.of(row.dayOfWeek(), row.minuteOfDay()).when(texts),
                channel(row.channel(), origin, texts),
                row.zone());
    }

    /** "this channel", or a reference to the digest's channel that each adapter shows its own way. */
    private static Object channel(String channel, Origin origin, Messages texts) {
        return channel.equals(origin.channel()) ? texts.text("digest.thisChannel") : new Body.Channel(channel);
    }
}
