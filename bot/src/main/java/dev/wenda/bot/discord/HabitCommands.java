package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.quiz.QuizEngine;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;

/**
 * The study-habit slash commands: {@code /quiz schedule|schedules|unschedule|timezone} and {@code
 * /review export:csv|anki}. Values go on as typed; the quiz checks them. The daily question is
 * answered with its buttons, so it needs no command here.
 */
final class HabitCommands {
    static final String EXPORT = "export";

    private HabitCommands() {}

    /** The subcommands added to {@code /quiz}. */
    static List<SubcommandData> quizSubcommands() {
        return List.of(
                new SubcommandData("schedule", "Schedule rounds or the daily question here (admins)")
                        .addOptions(
                                new OptionData(OptionType.STRING, "every", "How often", true)
                                        .addChoice("daily round", "daily")
                                        .addChoice("weekly round", "weekly")
                                        .addChoice("daily question", "question"),
                                new OptionData(OptionType.STRING, "time", "HH:MM, 24-hour, community time zone", true),
                                new OptionData(OptionType.STRING, "day", "Day of a weekly round: mon … sun"),
                                new OptionData(OptionType.STRING, SlashCommands.TOPIC, "Topic or tag", false, true),
                                new OptionData(OptionType.INTEGER, "count", "Number of questions")
                                        .setRequiredRange(1, QuizEngine.MAX_COUNT),
                                new OptionData(OptionType.INTEGER, "seconds", "Seconds per question")
                                        .setRequiredRange(QuizEngine.MIN_SECONDS, QuizEngine.MAX_SECONDS),
                                new OptionData(
                                        OptionType.STRING,
                                        "kinds",
                                        "Comma-separated: choice, reverse, numeric, flashcard")),
                new SubcommandData("schedules", "List this channel's schedules"),
                new SubcommandData("unschedule", "Cancel a schedule (admins)")
                        .addOptions(new OptionData(OptionType.STRING, "id", "Schedule number, e.g. 3", true)),
                new SubcommandData("timezone", "Show or set the server's time zone for schedules")
                        .addOptions(new OptionData(OptionType.STRING, "zone", "e.g. Asia/Shanghai (admins)")));
    }

    /** The option added to {@code /review}: export the queue as a file instead of starting a review. */
    static OptionData reviewExport() {
        return new OptionData(OptionType.STRING, EXPORT, "Export your review queue as a file instead")
                .addChoice("csv", "csv")
                .addChoice("anki", "anki");
    }

    /** A {@code /quiz} subcommand of this family; null for any other. */
    static ChatRequest quiz(Origin origin, CommandCall call) {
        return switch (call.subcommand()) {
            case "schedule" ->
                new ChatRequest.ScheduleAdd(
                        origin,
                        call.text("every"),
                        call.text("day"),
                        call.text("time"),
                        call.number("count"),
                        call.number("seconds"),
                        call.text(SlashCommands.TOPIC),
                        call.text("kinds"));
            case "schedules" -> new ChatRequest.ScheduleList(origin);
            case "unschedule" -> new ChatRequest.ScheduleCancel(origin, call.text("id"));
            case "timezone" -> new ChatRequest.TimeZone(origin, call.option("zone"));
            default -> null;
        };
    }

    /** {@code /review}, or {@code /review export:csv}. */
    static ChatRequest review(Origin origin, CommandCall call) {
        Optional<String> format = call.option(EXPORT);
        return format.isPresent() ? new ChatRequest.ReviewExport(origin, format.get()) : new ChatRequest.Review(origin);
    }
}
