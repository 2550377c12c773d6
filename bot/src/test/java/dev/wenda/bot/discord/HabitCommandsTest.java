package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HabitCommandsTest {
    private static final Origin ORIGIN = new Origin(Platform.DISCORD, "g", "c", "u", "Alice", Locale.ENGLISH, true);

    private static Optional<ChatRequest> translate(String name, String sub, Map<String, String> options) {
        return CommandTranslator.translate(ORIGIN, new CommandCall(name, sub, options));
    }

    @Test
    @DisplayName("/quiz schedule, schedules, unschedule and timezone become the schedule requests")
    void quizScheduleCommands() {
        assertEquals(
                Optional.of(new ChatRequest.ScheduleAdd(
                        ORIGIN, "weekly", "mon", "21:00", OptionalInt.of(5), OptionalInt.empty(), "归一化", "choice")),
                translate(
                        "quiz",
                        "schedule",
                        Map.of(
                                "every", "weekly", "day", "mon", "time", "21:00", "count", "5", "topic", "归一化", "kinds",
                                "choice")));
        assertEquals(Optional.of(new ChatRequest.ScheduleList(ORIGIN)), translate("quiz", "schedules", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.ScheduleCancel(ORIGIN, "3")),
                translate("quiz", "unschedule", Map.of("id", "3")));
        assertEquals(
                Optional.of(new ChatRequest.TimeZone(ORIGIN, Optional.of("UTC"))),
                translate("quiz", "timezone", Map.of("zone", "UTC")));
        assertEquals(
                Optional.of(new ChatRequest.TimeZone(ORIGIN, Optional.empty())),
                translate("quiz", "timezone", Map.of()));
    }

    @Test
    @DisplayName("/review starts a review; with export:csv|anki it exports the queue")
    void reviewExport() {
        assertEquals(Optional.of(new ChatRequest.Review(ORIGIN)), translate("review", "", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.ReviewExport(ORIGIN, "anki")),
                translate("review", "", Map.of("export", "anki")));
    }

    @Test
    @DisplayName("the registered /quiz command carries the schedule subcommands and /review the export option")
    void registered() {
        SlashCommandData quiz = SlashCommands.all().stream()
                .filter(c -> c.getName().equals("quiz"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("start", "stop", "skip", "schedule", "schedules", "unschedule", "timezone"),
                quiz.getSubcommands().stream().map(SubcommandData::getName).toList());
        SlashCommandData review = SlashCommands.all().stream()
                .filter(c -> c.getName().equals("review"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of("export"),
                review.getOptions().stream().map(o -> o.getName()).toList());
    }
}
