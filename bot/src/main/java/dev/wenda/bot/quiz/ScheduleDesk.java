package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.ScheduleRow;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The schedule commands: add (checked: time, day, count, seconds, topic), list and cancel a
 * channel's schedules, and show or set the community's time zone. Changing schedules or the zone
 * is for admins.
 */
final class ScheduleDesk {
    static final int MAX_PER_CHANNEL = 10;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final QuizSchedules schedules;
    private final Zones zones;
    private final QuestionPool pool;
    private final Clock clock;

    ScheduleDesk(QuizSchedules schedules, Zones zones, QuestionPool pool, Clock clock) {
        this.schedules = schedules;
        this.zones = zones;
        this.pool = pool;
        this.clock = clock;
    }

    Reply add(ChatRequest.ScheduleAdd request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        if (!origin.admin()) {
            return Reply.privateText(m.text("schedule.adminOnly"));
        }
        ScheduleSpec spec;
        switch (ScheduleSpec.check(request, m)) {
            case ScheduleSpec.Checked.Problem problem -> {
                return Reply.privateText(problem.message());
            }
            case ScheduleSpec.Checked.Ok ok -> spec = ok.spec();
        }
        if (pool.entries(spec.topic()).isEmpty()) {
            return Reply.privateText(
                    spec.topic().isEmpty()
                            ? m.text("quiz.plan.emptyBank")
                            : m.text("quiz.plan.noTopic", UserText.quote(spec.topic())));
        }
        List<ScheduleRow> existing = schedules.ofChannel(origin.platform(), origin.community(), origin.channel());
        if (existing.size() >= MAX_PER_CHANNEL) {
            return Reply.privateText(m.text("schedule.tooMany", MAX_PER_CHANNEL));
        }
        if (spec.every() == ScheduleSpec.Every.QUESTION
                && existing.stream().anyMatch(s -> s.kind().equals(ScheduleSpec.Every.QUESTION.name()))) {
            return Reply.privateText(m.text("schedule.oneQuestion"));
        }
        ZoneId zone = zones.of(origin.platform(), origin.community());
        Instant now = clock.instant();
        Instant next = spec.next(now, zone);
        ScheduleRow row = schedules.add(new ScheduleRow(
                0,
                origin.platform(),
                origin.community(),
                origin.channel(),
                spec.every().name(),
                spec.day().map(d -> d.getValue()).orElse(0),
                spec.minuteOfDay(),
                spec.count(),
                spec.seconds(),
                spec.topic(),
                spec.kinds(),
                origin.locale(),
                origin.user(),
                origin.userName(),
                now.toEpochMilli(),
                next.toEpochMilli()));
        return Reply.text(m.text(
                "schedule.added", row.id(), spec.when(m), zone.getId(), what(spec, m), WHEN.format(next.atZone(zone))));
    }

    Reply list(ChatRequest.ScheduleList request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        List<ScheduleRow> rows = schedules.ofChannel(origin.platform(), origin.community(), origin.channel());
        if (rows.isEmpty()) {
            return Reply.privateText(m.text("schedule.list.none"));
        }
        ZoneId zone = zones.of(origin.platform(), origin.community());
        StringBuilder body = new StringBuilder(m.text("schedule.list.title", zone.getId()));
        for (ScheduleRow row : rows) {
            ScheduleSpec spec = ScheduleSpec.of(row);
            body.append("\n- ")
                    .append(m.text(
                            "schedule.list.line",
                            row.id(),
                            spec.when(m),
                            what(spec, m),
                            WHEN.format(Instant.ofEpochMilli(row.nextRun()).atZone(zone))));
        }
        return Reply.privateText(body.toString());
    }

    Reply cancel(ChatRequest.ScheduleCancel request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        if (!origin.admin()) {
            return Reply.privateText(m.text("schedule.adminOnly"));
        }
        String text = request.id().strip();
        String digits = text.startsWith("#") ? text.substring(1) : text;
        Optional<ScheduleRow> row = digits.matches("\\d{1,15}")
                ? schedules
                        .get(Long.parseLong(digits))
                        .filter(s -> s.platform() == origin.platform()
                                && s.community().equals(origin.community())
                                && s.channel().equals(origin.channel()))
                : Optional.empty();
        if (row.isEmpty()
                || !schedules.cancel(
                        origin.platform(),
                        origin.community(),
                        origin.channel(),
                        row.get().id())) {
            return Reply.privateText(m.text("schedule.cancel.none", UserText.quote(text)));
        }
        return Reply.text(m.text(
                "schedule.cancelled", row.get().id(), ScheduleSpec.of(row.get()).when(m)));
    }

    Reply timeZone(ChatRequest.TimeZone request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        if (request.zone().isEmpty()) {
            return Reply.privateText(m.text(
                    "schedule.zone.is",
                    zones.of(origin.platform(), origin.community()).getId()));
        }
        if (!origin.admin()) {
            return Reply.privateText(m.text("schedule.adminOnly"));
        }
        Optional<ZoneId> zone = Zones.parse(request.zone().get());
        if (zone.isEmpty()) {
            return Reply.privateText(
                    m.text("schedule.badZone", UserText.quote(request.zone().get())));
        }
        zones.set(origin.platform(), origin.community(), zone.get());
        // Each schedule keeps its wall-clock time: its next firing moves to the new zone.
        Instant now = clock.instant();
        int moved = 0;
        for (ScheduleRow row : schedules.ofCommunity(origin.platform(), origin.community())) {
            long next = ScheduleSpec.of(row).next(now, zone.get()).toEpochMilli();
            if (schedules.claim(row.id(), row.nextRun(), next)) {
                moved++;
            }
        }
        return Reply.text(m.text("schedule.zone.set", zone.get().getId(), moved));
    }

    private static String what(ScheduleSpec spec, Messages m) {
        String topic = spec.topic().isEmpty() ? m.text("quiz.allTopics") : UserText.quote(spec.topic());
        return spec.every() == ScheduleSpec.Every.QUESTION
                ? m.text("schedule.what.question", topic)
                : m.text("schedule.what.round", spec.count(), spec.seconds(), topic);
    }
}
