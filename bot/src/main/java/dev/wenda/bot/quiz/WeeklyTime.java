package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.Messages;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * A weekly wall-clock time, read and stepped like a weekly quiz schedule's (same day words, same
 * {@code HH:MM}, same handling of daylight saving changes), for other weekly jobs such as the gap
 * digest.
 */
public record WeeklyTime(DayOfWeek day, LocalTime time) {
    public WeeklyTime {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(time, "time");
    }

    /** A day as a schedule takes it ({@code mon}, {@code 周一}, ...). */
    public static Optional<DayOfWeek> day(String text) {
        return ScheduleSpec.day(text);
    }

    /** {@code H:MM} or {@code HH:MM} on a 24-hour clock. */
    public static Optional<LocalTime> time(String text) {
        return ScheduleSpec.time(text);
    }

    public static WeeklyTime of(int dayOfWeek, int minuteOfDay) {
        return new WeeklyTime(DayOfWeek.of(dayOfWeek), LocalTime.ofSecondOfDay(minuteOfDay * 60L));
    }

    public int minuteOfDay() {
        return spec().minuteOfDay();
    }

    /** The first such time strictly after {@code after}, in {@code zone}. */
    public Instant next(Instant after, ZoneId zone) {
        return spec().next(after, zone);
    }

    /** "weekly Mon 09:00", in the reader's language. */
    public String when(Messages m) {
        return spec().when(m);
    }

    private ScheduleSpec spec() {
        return new ScheduleSpec(
                ScheduleSpec.Every.WEEKLY, Optional.of(day), time, 1, QuizEngine.DEFAULT_SECONDS, "", "");
    }
}
