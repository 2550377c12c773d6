package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Scheduled rounds and daily questions per channel. A firing is claimed by moving {@code next_run}
 * on with a conditional update ({@link #claim}), so exactly one process fires it however many share
 * the database.
 */
public final class QuizSchedules {
    private static final String COLUMNS = "id, platform, community, channel, kind, day_of_week, minute_of_day,"
            + " question_count, seconds, topic, kinds, locale, created_by, created_by_name, created_at, next_run";

    private final Jdbc jdbc;

    public QuizSchedules(Database database) {
        this.jdbc = database.jdbc();
    }

    /** Stores {@code schedule} (its id is ignored) and returns it with its new id. */
    public ScheduleRow add(ScheduleRow schedule) {
        Objects.requireNonNull(schedule, "schedule");
        return jdbc.inTransaction(tx -> {
            tx.update(
                    "insert into quiz_schedules (platform, community, channel, kind, day_of_week, minute_of_day,"
                            + " question_count, seconds, topic, kinds, locale, created_by, created_by_name,"
                            + " created_at, next_run) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    schedule.platform().name(),
                    schedule.community(),
                    schedule.channel(),
                    schedule.kind(),
                    schedule.dayOfWeek(),
                    schedule.minuteOfDay(),
                    schedule.count(),
                    schedule.seconds(),
                    schedule.topic(),
                    schedule.kinds(),
                    schedule.locale().toLanguageTag(),
                    schedule.createdBy(),
                    schedule.createdByName(),
                    schedule.createdAt(),
                    schedule.nextRun());
            return tx.queryOne(
                            "select " + COLUMNS + " from quiz_schedules where platform = ? and community = ?"
                                    + " and channel = ? and created_by = ? order by id desc",
                            QuizSchedules::row,
                            schedule.platform().name(),
                            schedule.community(),
                            schedule.channel(),
                            schedule.createdBy())
                    .orElseThrow();
        });
    }

    /** The schedules of one channel, by id. */
    public List<ScheduleRow> ofChannel(Platform platform, String community, String channel) {
        return jdbc.query(
                "select " + COLUMNS + " from quiz_schedules where platform = ? and community = ? and channel = ?"
                        + " order by id",
                QuizSchedules::row,
                platform.name(),
                community,
                channel);
    }

    /** The schedules of a community, by id (to move them when its time zone changes). */
    public List<ScheduleRow> ofCommunity(Platform platform, String community) {
        return jdbc.query(
                "select " + COLUMNS + " from quiz_schedules where platform = ? and community = ? order by id",
                QuizSchedules::row,
                platform.name(),
                community);
    }

    public Optional<ScheduleRow> get(long id) {
        return jdbc.queryOne("select " + COLUMNS + " from quiz_schedules where id = ?", QuizSchedules::row, id);
    }

    /** Schedules whose next firing is at or before {@code now}, the most overdue first. */
    public List<ScheduleRow> due(long now) {
        return jdbc.query(
                "select " + COLUMNS + " from quiz_schedules where next_run <= ? order by next_run, id",
                QuizSchedules::row,
                now);
    }

    /** The earliest next firing of any schedule, if there is one. */
    public Optional<Long> nextRun() {
        return jdbc.queryOne("select min(next_run) from quiz_schedules", StoreRows::firstOptionalLong)
                .flatMap(value -> value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty());
    }

    /**
     * Moves schedule {@code id} from {@code expected} to {@code next}; true only for the one caller
     * that moved it (the one that fires the firing at {@code expected}).
     */
    public boolean claim(long id, long expected, long next) {
        return jdbc.update("update quiz_schedules set next_run = ? where id = ? and next_run = ?", next, id, expected)
                == 1;
    }

    /** Deletes schedule {@code id} of the channel; false when the channel has no such schedule. */
    public boolean cancel(Platform platform, String community, String channel, long id) {
        return jdbc.update(
                        "delete from quiz_schedules where id = ? and platform = ? and community = ? and channel = ?",
                        id,
                        platform.name(),
                        community,
                        channel)
                == 1;
    }

    private static ScheduleRow row(ResultSet r) throws SQLException {
        return new ScheduleRow(
                r.getLong("id"),
                Platform.valueOf(r.getString("platform")),
                r.getString("community"),
                r.getString("channel"),
                r.getString("kind"),
                r.getInt("day_of_week"),
                r.getInt("minute_of_day"),
                r.getInt("question_count"),
                r.getInt("seconds"),
                r.getString("topic"),
                r.getString("kinds"),
                Locale.forLanguageTag(r.getString("locale")),
                r.getString("created_by"),
                r.getString("created_by_name"),
                r.getLong("created_at"),
                r.getLong("next_run"));
    }
}
