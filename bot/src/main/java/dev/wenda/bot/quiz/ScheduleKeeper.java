package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.DailyRounds;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.ScheduleRow;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires the stored schedules when their time comes. Every pass (at the next firing, at most {@code
 * poll} apart) it claims each due schedule by moving its next firing on in one conditional update
 * ({@link QuizSchedules#claim}): only the process whose update succeeds fires it, so a firing
 * happens once however many processes share the database. Only schedules of channels this process
 * can post to ({@code reachable}) are considered.
 *
 * <p>Firings missed while no process ran: a round starts if it is at most {@link #GRACE} late,
 * else it waits for its next time; a daily question is posted late, closing at its usual time.
 * However many firings were missed, at most one happens.
 */
public final class ScheduleKeeper implements AutoCloseable {
    /** How late a scheduled round may still start. */
    public static final Duration GRACE = Duration.ofMinutes(30);
    /** The longest time between two passes (schedules added by other processes are seen then). */
    public static final Duration POLL = Duration.ofSeconds(30);

    private static final Logger LOG = LoggerFactory.getLogger(ScheduleKeeper.class);

    private final QuizSchedules schedules;
    private final Zones zones;
    private final DailyRounds dailies;
    private final ScheduledStarts starts;
    private final Outbox outbox;
    private final Clock clock;
    private final Predicate<ChannelAddress> reachable;
    private final DuePasses passes;

    ScheduleKeeper(
            QuizSchedules schedules,
            Zones zones,
            DailyRounds dailies,
            ScheduledStarts starts,
            Outbox outbox,
            Scheduler scheduler,
            Clock clock,
            Duration poll,
            Predicate<ChannelAddress> reachable) {
        this.schedules = schedules;
        this.zones = zones;
        this.dailies = dailies;
        this.starts = starts;
        this.outbox = outbox;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.reachable = Objects.requireNonNull(reachable, "reachable");
        this.passes = new DuePasses(scheduler, clock, poll, schedules::nextRun, this::tick);
    }

    /** Runs a first pass now (firings missed while stopped), then keeps passing. */
    public void start() {
        tick();
    }

    /** One pass: fires what is due; returns how many schedules this process fired. */
    int tick() {
        int fired = 0;
        try {
            for (ScheduleRow row : schedules.due(clock.millis())) {
                if (reachable.test(new ChannelAddress(row.platform(), row.community(), row.channel()))
                        && claimAndFire(row)) {
                    fired++;
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("firing quiz schedules failed; retrying in {}", passes.poll(), e);
        } finally {
            passes.arm();
        }
        return fired;
    }

    private boolean claimAndFire(ScheduleRow row) {
        Instant now = clock.instant();
        ScheduleSpec spec = ScheduleSpec.of(row);
        ZoneId zone = zones.of(row.platform(), row.community());
        Instant following = spec.next(now, zone);
        if (!schedules.claim(row.id(), row.nextRun(), following.toEpochMilli())) {
            return false; // another process fired it, or the schedule changed
        }
        Duration late = Duration.ofMillis(now.toEpochMilli() - row.nextRun());
        if (spec.every() != ScheduleSpec.Every.QUESTION && late.compareTo(GRACE) > 0) {
            LOG.info("schedule {} missed its firing by {}; next at {}", row.id(), late, following);
            return false;
        }
        Origin origin = new Origin(
                row.platform(),
                row.community(),
                row.channel(),
                row.createdBy(),
                row.createdByName(),
                row.locale(),
                false);
        if (spec.every() == ScheduleSpec.Every.QUESTION) {
            postDaily(row, spec, origin, now, following, zone);
        } else {
            startRound(row, spec, origin);
        }
        return true;
    }

    private void startRound(ScheduleRow row, ScheduleSpec spec, Origin origin) {
        Messages m = origin.messages();
        String topic = spec.topic().isEmpty() ? m.text("quiz.allTopics") : UserText.quote(spec.topic());
        ScheduledStarts.Fired fired = starts.start(
                origin,
                QuizEngine.channelKey(origin),
                spec.topic(),
                spec.count(),
                spec.seconds(),
                Kind.parseList(spec.kinds()),
                count -> Optional.of(Reply.text(m.text("schedule.announce", row.id(), topic, count, spec.seconds()))));
        notice(origin, row, fired);
    }

    /** Reveals yesterday's question (with its results) and posts today's, open until the next firing. */
    private void postDaily(
            ScheduleRow row, ScheduleSpec spec, Origin origin, Instant now, Instant following, ZoneId zone) {
        String key = ScheduledStarts.dailyKey(origin);
        starts.close(key);
        int seconds = (int) Math.max(60, Duration.between(now, following).toSeconds());
        ScheduledStarts.Fired fired = starts.start(
                origin, key, spec.topic(), 1, seconds, ScheduledStarts.DAILY_KINDS, count -> Optional.empty());
        if (fired instanceof ScheduledStarts.Fired.Started started) {
            dailies.add(
                    started.round().id(),
                    row.platform(),
                    row.community(),
                    row.channel(),
                    LocalDate.ofInstant(now, zone).toString());
        }
        notice(origin, row, fired);
    }

    private void notice(Origin origin, ScheduleRow row, ScheduledStarts.Fired fired) {
        Messages m = origin.messages();
        Optional<String> text =
                switch (fired) {
                    case ScheduledStarts.Fired.Started s -> Optional.empty();
                    case ScheduledStarts.Fired.Busy busy ->
                        Optional.of(m.text(
                                "schedule.busy",
                                row.id(),
                                UserText.quote(busy.running().starterName(), UserText.MAX_NAME)));
                    case ScheduledStarts.Fired.Refused refused ->
                        Optional.of(m.text(
                                "schedule.refused", row.id(), refused.reason().in(m)));
                };
        text.ifPresent(t -> Rounds.send(() -> outbox.post(origin.where(), Reply.text(t))));
    }

    /** Stops passing; schedules stay stored for the next start or another process. */
    @Override
    public void close() {
        passes.close();
    }
}
