package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.util.Locale;
import java.util.Objects;

/**
 * A stored schedule of a channel: what fires ({@code kind}, one of {@code DAILY}, {@code WEEKLY}
 * rounds, {@code QUESTION}), when (a day of the week 1-7 for weekly ones, else 0, and a
 * minute of the day in the community's time zone), with what, and the next firing (epoch ms).
 * Id 0 is a schedule not stored yet.
 */
public record ScheduleRow(
        long id,
        Platform platform,
        String community,
        String channel,
        String kind,
        int dayOfWeek,
        int minuteOfDay,
        int count,
        int seconds,
        String topic,
        String kinds,
        Locale locale,
        String createdBy,
        String createdByName,
        long createdAt,
        long nextRun) {
    public ScheduleRow {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(kinds, "kinds");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdByName, "createdByName");
        if (dayOfWeek < 0 || dayOfWeek > 7) {
            throw new IllegalArgumentException("dayOfWeek must be 0-7, was " + dayOfWeek);
        }
        if (minuteOfDay < 0 || minuteOfDay >= 24 * 60) {
            throw new IllegalArgumentException("minuteOfDay must be 0-1439, was " + minuteOfDay);
        }
    }
}
