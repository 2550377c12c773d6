package dev.wenda.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The text form of the study-habit commands, for {@link TextCommand}: schedules, the community's
 * time zone, daily answers and the review export. Values are passed on as typed; the quiz checks
 * them and says what is wrong.
 */
final class QuizHabitCommands {
    static final String SCHEDULE_USAGE =
            "quiz schedule daily HH:MM | weekly DAY HH:MM | question HH:MM [TOPIC] [count=N] [seconds=N] [kinds=…]"
                    + " | list | cancel ID";

    private QuizHabitCommands() {}

    static TextCommand.Parsed schedule(Origin origin, List<String> words) {
        if (words.isEmpty()) {
            return TextCommand.usage(origin, SCHEDULE_USAGE);
        }
        String every = words.removeFirst().toLowerCase(Locale.ROOT);
        return switch (every) {
            case "list" ->
                words.isEmpty()
                        ? TextCommand.ok(new ChatRequest.ScheduleList(origin))
                        : TextCommand.usage(origin, "quiz schedule list");
            case "cancel" ->
                words.size() == 1
                        ? TextCommand.ok(new ChatRequest.ScheduleCancel(origin, words.getFirst()))
                        : TextCommand.usage(origin, "quiz schedule cancel ID");
            case "daily", "weekly", "question" -> add(origin, every, words);
            default -> TextCommand.usage(origin, SCHEDULE_USAGE);
        };
    }

    private static TextCommand.Parsed add(Origin origin, String every, List<String> words) {
        List<String> positional = new ArrayList<>();
        List<String> topic = new ArrayList<>();
        OptionalInt count = OptionalInt.empty();
        OptionalInt seconds = OptionalInt.empty();
        String kinds = "";
        int needed = every.equals("weekly") ? 2 : 1;
        for (String word : words) {
            int eq = word.indexOf('=');
            String key = eq < 0 ? "" : word.substring(0, eq).toLowerCase(Locale.ROOT);
            String value = eq < 0 ? "" : word.substring(eq + 1);
            switch (key) {
                case "count", "n" -> {
                    count = TextCommand.number(value);
                    if (count.isEmpty()) {
                        return TextCommand.badNumber(origin, "count", value);
                    }
                }
                case "seconds", "s" -> {
                    seconds = TextCommand.number(value);
                    if (seconds.isEmpty()) {
                        return TextCommand.badNumber(origin, "seconds", value);
                    }
                }
                case "topic" -> topic.add(value);
                case "kinds", "kind" -> kinds = value;
                default -> {
                    if (positional.size() < needed) {
                        positional.add(word);
                    } else {
                        topic.add(word);
                    }
                }
            }
        }
        while (positional.size() < needed) {
            positional.add("");
        }
        String day = needed == 2 ? positional.getFirst() : "";
        String time = positional.getLast();
        return TextCommand.ok(
                new ChatRequest.ScheduleAdd(origin, every, day, time, count, seconds, String.join(" ", topic), kinds));
    }

    static TextCommand.Parsed timeZone(Origin origin, List<String> words) {
        return switch (words.size()) {
            case 0 -> TextCommand.ok(new ChatRequest.TimeZone(origin, Optional.empty()));
            case 1 -> TextCommand.ok(new ChatRequest.TimeZone(origin, Optional.of(words.getFirst())));
            default -> TextCommand.usage(origin, "quiz timezone [ZONE]");
        };
    }

    static TextCommand.Parsed daily(Origin origin, List<String> words) {
        return words.size() == 1
                ? TextCommand.ok(new ChatRequest.DailyAnswer(origin, words.getFirst()))
                : TextCommand.usage(origin, "quiz daily A|B|C|D");
    }

    static TextCommand.Parsed review(Origin origin, List<String> words) {
        if (!words.getFirst().equalsIgnoreCase("export") || words.size() > 2) {
            return TextCommand.usage(origin, "review | review export [csv|anki]");
        }
        String format = words.size() == 2 ? words.get(1).toLowerCase(Locale.ROOT) : "csv";
        return TextCommand.ok(new ChatRequest.ReviewExport(origin, format));
    }
}
