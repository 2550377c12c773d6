package dev.wenda.bot.board;

import dev.wenda.bot.chat.ChatRequest.Period;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/** Where board periods begin: weeks start on Monday 00:00 and months on the 1st, in one time zone. */
public record Periods(ZoneId zone) {
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public Periods {
        Objects.requireNonNull(zone, "zone");
    }

    /** The first instant of the period containing {@code now}; the epoch for {@link Period#ALL}. */
    public Instant start(Period period, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (period) {
            case WEEK ->
                today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                        .atStartOfDay(zone)
                        .toInstant();
            case MONTH -> today.withDayOfMonth(1).atStartOfDay(zone).toInstant();
            case ALL -> Instant.EPOCH;
        };
    }
}
