package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QuizHabitCommandsTest {
    private static final Origin EN =
            new Origin(Platform.CONSOLE, "console", "main", "u1", "alice", Locale.ENGLISH, true);

    private static TextCommand.Parsed parse(String line) {
        return TextCommand.parse(EN, line);
    }

    private static TextCommand.Parsed ok(ChatRequest request) {
        return new TextCommand.Parsed.Ok(request);
    }

    @Test
    @DisplayName("quiz schedule takes the day and time in order, then topic words and named options")
    void schedule_positionalThenOptions() {
        assertEquals(
                ok(new ChatRequest.ScheduleAdd(
                        EN, "daily", "", "21:00", OptionalInt.of(5), OptionalInt.empty(), "归一化", "")),
                parse("quiz schedule daily 21:00 count=5 topic=归一化"));
        assertEquals(
                ok(new ChatRequest.ScheduleAdd(
                        EN, "weekly", "mon", "21:00", OptionalInt.empty(), OptionalInt.of(20), "batch norm", "choice")),
                parse("quiz schedule weekly mon 21:00 batch norm seconds=20 kinds=choice"));
        assertEquals(
                ok(new ChatRequest.ScheduleAdd(
                        EN, "question", "", "", OptionalInt.empty(), OptionalInt.empty(), "", "")),
                parse("quiz schedule question"));
        assertEquals(
                new TextCommand.Parsed.Usage("seconds needs a whole number, got 'x'"),
                parse("quiz schedule daily 21:00 seconds=x"));
    }

    @Test
    @DisplayName("list, cancel, timezone, daily answers and the review export parse; extra words get the usage")
    void otherHabitCommands() {
        assertEquals(ok(new ChatRequest.ScheduleList(EN)), parse("quiz schedule list"));
        assertEquals(ok(new ChatRequest.ScheduleList(EN)), parse("quiz schedules"));
        assertEquals(ok(new ChatRequest.ScheduleCancel(EN, "3")), parse("quiz schedule cancel 3"));
        assertEquals(new TextCommand.Parsed.Usage("Usage: quiz schedule cancel ID"), parse("quiz schedule cancel 3 4"));
        assertEquals(ok(new ChatRequest.TimeZone(EN, Optional.empty())), parse("quiz timezone"));
        assertEquals(ok(new ChatRequest.TimeZone(EN, Optional.of("Europe/Berlin"))), parse("quiz tz Europe/Berlin"));
        assertEquals(ok(new ChatRequest.DailyAnswer(EN, "b")), parse("quiz daily b"));
        assertEquals(new TextCommand.Parsed.Usage("Usage: quiz daily A|B|C|D"), parse("quiz daily"));
        assertEquals(ok(new ChatRequest.Review(EN)), parse("review"));
        assertEquals(ok(new ChatRequest.ReviewExport(EN, "csv")), parse("review export"));
        assertEquals(ok(new ChatRequest.ReviewExport(EN, "anki")), parse("review export ANKI"));
        assertEquals(
                new TextCommand.Parsed.Usage("Usage: review | review export [csv|anki]"), parse("review now please"));
    }
}
