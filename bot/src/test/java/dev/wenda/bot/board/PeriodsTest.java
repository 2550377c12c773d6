package dev.wenda.bot.board;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ChatRequest.Period;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PeriodsTest {
    private final Periods shanghai = new Periods(Periods.DEFAULT_ZONE);

    @Test
    @DisplayName("Sunday 17:00 UTC is already Monday in Shanghai: the week starts that Monday 00:00 +08")
    void week_startsMondayInConfiguredZone() {
        Instant sundayUtc = Instant.parse("2026-03-08T17:00:00Z");
        assertEquals(Instant.parse("2026-03-08T16:00:00Z"), shanghai.start(Period.WEEK, sundayUtc));
        assertEquals(
                Instant.parse("2026-03-02T00:00:00Z"), new Periods(ZoneId.of("UTC")).start(Period.WEEK, sundayUtc));
    }

    @Test
    @DisplayName("months start on the 1st in the zone; all time starts at the epoch")
    void month_and_all() {
        assertEquals(
                Instant.parse("2026-02-28T16:00:00Z"),
                shanghai.start(Period.MONTH, Instant.parse("2026-03-15T00:00:00Z")));
        assertEquals(Instant.EPOCH, shanghai.start(Period.ALL, Instant.parse("2026-03-15T00:00:00Z")));
    }
}
