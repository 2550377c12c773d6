package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScheduleSpecTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static ScheduleSpec daily(int hour, int minute) {
        return new ScheduleSpec(ScheduleSpec.Every.DAILY, Optional.empty(), LocalTime.of(hour, minute), 5, 30, "", "");
    }

    @Test
    @DisplayName("the next firing is strictly after now: today when still to come, else tomorrow")
    void next_dailyTodayOrTomorrow() {
        Instant now = Instant.parse("2026-03-02T12:00:00Z"); // 20:00 in Shanghai
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        assertEquals(Instant.parse("2026-03-02T13:00:00Z"), daily(21, 0).next(now, shanghai));
        assertEquals(Instant.parse("2026-03-03T12:00:00Z"), daily(20, 0).next(now, shanghai));
    }

    @Test
    @DisplayName("a weekly firing lands on its weekday, this week or next")
    void next_weekly() {
        ScheduleSpec monday = new ScheduleSpec(
                ScheduleSpec.Every.WEEKLY, Optional.of(DayOfWeek.MONDAY), LocalTime.of(21, 0), 5, 30, "", "");
        Instant wednesday = Instant.parse("2026-03-04T10:00:00Z");
        assertEquals(Instant.parse("2026-03-09T20:00:00Z"), monday.next(wednesday, BERLIN));
        Instant mondayMorning = Instant.parse("2026-03-09T08:00:00Z");
        assertEquals(Instant.parse("2026-03-09T20:00:00Z"), monday.next(mondayMorning, BERLIN));
    }

    @Test
    @DisplayName("across daylight saving the wall-clock time holds; a skipped time fires just after the gap")
    void next_acrossDaylightSaving() {
        // Berlin moves from +01:00 to +02:00 at 02:00 on 2026-03-29.
        Instant saturday = Instant.parse("2026-03-28T20:00:00Z");
        assertEquals(Instant.parse("2026-03-29T19:00:00Z"), daily(21, 0).next(saturday, BERLIN));
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), daily(2, 30).next(saturday, BERLIN));
    }
}
