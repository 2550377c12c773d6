package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Each community's weekly gap digest. A digest is posted by the one process that moves its {@code
 * next_run} on with a conditional update ({@link #claim}), as quiz schedules are.
 */
public final class GapDigests {
    private static final String COLUMNS =
            "platform, community, channel, day_of_week, minute_of_day, zone, locale, next_run";

    private final Jdbc jdbc;

    public GapDigests(Database database) {
        this.jdbc = Objects.requireNonNull(database, "database").jdbc();
    }

    /**
     * One community's digest setting.
     *
     * @param dayOfWeek 1 (Monday) to 7
     * @param zone the IANA zone id its day and time are read in
     * @param nextRun epoch milliseconds of the next posting
     */
    public record Row(
            Platform platform,
            String community,
            String channel,
            int dayOfWeek,
            int minuteOfDay,
            String zone,
            Locale locale,
            long nextRun) {
        public Row {
            Objects.requireNonNull(platform, "platform");
            Objects.requireNonNull(community, "community");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(zone, "zone");
            Objects.requireNonNull(locale, "locale");
            if (dayOfWeek < 1 || dayOfWeek > 7) {
                throw new IllegalArgumentException("dayOfWeek must be 1..7, was " + dayOfWeek);
            }
            if (minuteOfDay < 0 || minuteOfDay >= 24 * 60) {
                throw new IllegalArgumentException("minuteOfDay must be 0..1439, was " + minuteOfDay);
            }
        }
    }

    /** Sets (or replaces) the community's digest. */
    public void set(Row row) {
        jdbc.inTransaction(tx -> {
            int updated = tx.update(
                    "update gap_digest set channel = ?, day_of_week = ?, minute_of_day = ?, zone = ?, locale = ?,"
                            + " next_run = ? where platform = ? and community = ?",
                    row.channel(),
                    row.dayOfWeek(),
                    row.minuteOfDay(),
                    row.zone(),
                    row.locale().toLanguageTag(),
                    row.nextRun(),
                    row.platform().name(),
                    row.community());
            if (updated == 0) {
                tx.update(
                        "insert into gap_digest (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?)"
                                + " on conflict do nothing",
                        row.platform().name(),
                        row.community(),
                        row.channel(),
                        row.dayOfWeek(),
                        row.minuteOfDay(),
                        row.zone(),
                        row.locale().toLanguageTag(),
                        row.nextRun());
            }
            return null;
        });
    }

    /** Turns the community's digest off; false when it had none. */
    public boolean remove(Platform platform, String community) {
        return jdbc.update("delete from gap_digest where platform = ? and community = ?", platform.name(), community)
                == 1;
    }

    public Optional<Row> get(Platform platform, String community) {
        return jdbc.queryOne(
                "select " + COLUMNS + " from gap_digest where platform = ? and community = ?",
                GapDigests::row,
                platform.name(),
                community);
    }

    /** Digests whose posting is at or before {@code now}, the most overdue first. */
    public List<Row> due(long now) {
        return jdbc.query(
                "select " + COLUMNS + " from gap_digest where next_run <= ? order by next_run, platform, community",
                GapDigests::row,
                now);
    }

    /** The earliest next posting of any digest, if there is one. */
    public Optional<Long> nextRun() {
        return jdbc.queryOne("select min(next_run) from gap_digest", StoreRows::firstOptionalLong)
                .flatMap(value -> value.isPresent() ? Optional.of(value.getAsLong()) : Optional.empty());
    }

    /**
     * Moves the community's digest from {@code expected} to {@code next}; true only for the one
     * caller that moved it (the one that posts the digest due at {@code expected}).
     */
    public boolean claim(Platform platform, String community, long expected, long next) {
        return jdbc.update(
                        "update gap_digest set next_run = ? where platform = ? and community = ? and next_run = ?",
                        next,
                        platform.name(),
                        community,
                        expected)
                == 1;
    }

    private static Row row(ResultSet r) throws SQLException {
        return new Row(
                Platform.valueOf(r.getString("platform")),
                r.getString("community"),
                r.getString("channel"),
                r.getInt("day_of_week"),
                r.getInt("minute_of_day"),
                r.getString("zone"),
                Locale.forLanguageTag(r.getString("locale")),
                r.getLong("next_run"));
    }
}
