package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.ScheduleRow;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a schedule fires and when, checked: daily or weekly rounds, or the daily question, at a
 * wall-clock time of the community's zone. {@link #next} finds the next firing, across daylight
 * saving changes (a time skipped by a clock change fires at the first valid time after it).
 */
record ScheduleSpec(
        Every every, Optional<DayOfWeek> day, LocalTime time, int count, int seconds, String topic, String kinds) {
    /** How often, and what. */
    enum Every {
        DAILY,
        WEEKLY,
        QUESTION
    }

    static final int DEFAULT_COUNT = 5;
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:：](\\d{2})");
    private static final Map<String, DayOfWeek> DAYS = days();

    /** The outcome of checking a request: a spec, or what is wrong with it. */
    sealed interface Checked {
        record Ok(ScheduleSpec spec) implements Checked {}

        record Problem(String message) implements Checked {}
    }

    /** Checks everything but the topic (the bank's business); the problem names the bad value. */
    static Checked check(ChatRequest.ScheduleAdd request, Messages m) {
        Optional<Every> every =
                switch (request.every().strip().toLowerCase(Locale.ROOT)) {
                    case "daily" -> Optional.of(Every.DAILY);
                    case "weekly" -> Optional.of(Every.WEEKLY);
                    case "question" -> Optional.of(Every.QUESTION);
                    default -> Optional.empty();
                };
        if (every.isEmpty()) {
            return problem(m.text("schedule.badEvery", UserText.quote(request.every())));
        }
        Optional<DayOfWeek> day = Optional.empty();
        if (every.get() == Every.WEEKLY) {
            day = Optional.ofNullable(DAYS.get(request.day().strip().toLowerCase(Locale.ROOT)));
            if (day.isEmpty()) {
                return problem(m.text("schedule.badDay", UserText.quote(request.day())));
            }
        }
        Optional<LocalTime> time = time(request.time());
        if (time.isEmpty()) {
            return problem(m.text("schedule.badTime", UserText.quote(request.time())));
        }
        int count = every.get() == Every.QUESTION ? 1 : request.count().orElse(DEFAULT_COUNT);
        if (count < 1 || count > QuizEngine.MAX_COUNT) {
            return problem(m.text("quiz.badCount", count));
        }
        int seconds = request.seconds().orElse(QuizEngine.DEFAULT_SECONDS);
        if (every.get() != Every.QUESTION && (seconds < QuizEngine.MIN_SECONDS || seconds > QuizEngine.MAX_SECONDS)) {
            return problem(m.text("quiz.badSeconds", seconds));
        }
        String kinds = every.get() == Every.QUESTION ? "" : request.kinds().strip();
        try {
            // Schedules draw from the bank: typed questions come only from a deck round.
            if (Kind.parseList(kinds).equals(java.util.Set.of(Kind.TYPED))) {
                return problem(m.text("quiz.typed.deckOnly"));
            }
        } catch (Kind.UnknownKind e) {
            return problem(m.text("quiz.unknownKind", e.word(), Kind.names()));
        }
        return new Checked.Ok(new ScheduleSpec(
                every.get(), day, time.get(), count, seconds, request.topic().strip(), kinds));
    }

    private static Checked problem(String message) {
        return new Checked.Problem(message);
    }

    /** A day as typed: {@code mon}, {@code monday}, {@code 周一}, {@code 星期一}, any case. */
    static Optional<DayOfWeek> day(String text) {
        return Optional.ofNullable(DAYS.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    /** {@code H:MM} or {@code HH:MM} on a 24-hour clock. */
    static Optional<LocalTime> time(String text) {
        Matcher matcher = TIME.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(matcher.group(1));
        int minute = Integer.parseInt(matcher.group(2));
        return hour < 24 && minute < 60 ? Optional.of(LocalTime.of(hour, minute)) : Optional.empty();
    }

    /** The spec of a stored schedule. */
    static ScheduleSpec of(ScheduleRow row) {
        return new ScheduleSpec(
                Every.valueOf(row.kind()),
                row.dayOfWeek() == 0 ? Optional.empty() : Optional.of(DayOfWeek.of(row.dayOfWeek())),
                LocalTime.ofSecondOfDay(row.minuteOfDay() * 60L),
                row.count(),
                row.seconds(),
                row.topic(),
                row.kinds());
    }

    int minuteOfDay() {
        return time.getHour() * 60 + time.getMinute();
    }

    /** The first firing strictly after {@code after}, in {@code zone}. */
    Instant next(Instant after, ZoneId zone) {
        LocalDate date = LocalDate.ofInstant(after, zone);
        if (day.isPresent()) {
            date = date.with(TemporalAdjusters.previousOrSame(day.get()));
        }
        while (true) {
            Instant at = ZonedDateTime.of(date, time, zone).toInstant();
            if (at.isAfter(after)) {
                return at;
            }
            date = date.plusDays(day.isPresent() ? 7 : 1);
        }
    }

    /** "daily 21:00", "weekly Mon 21:00", in the reader's language. */
    String when(Messages m) {
        String hhmm = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
        return switch (every) {
            case DAILY -> m.text("schedule.every.daily", hhmm);
            case WEEKLY ->
                m.text("schedule.every.weekly", day.orElseThrow().getDisplayName(TextStyle.SHORT, m.locale()), hhmm);
            case QUESTION -> m.text("schedule.every.question", hhmm);
        };
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> days = new java.util.HashMap<>();
        String[] zh = {"一", "二", "三", "四", "五", "六", "日"};
        for (DayOfWeek d : DayOfWeek.values()) {
            String full = d.name().toLowerCase(Locale.ROOT);
            days.put(full, d);
            days.put(full.substring(0, 3), d);
            String n = zh[d.getValue() - 1];
            days.put("周" + n, d);
            days.put("星期" + n, d);
        }
        days.put("周天", DayOfWeek.SUNDAY);
        days.put("星期天", DayOfWeek.SUNDAY);
        return Map.copyOf(days);
    }
}
