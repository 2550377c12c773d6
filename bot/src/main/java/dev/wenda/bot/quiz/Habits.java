package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.CommunityZones;
import dev.wenda.bot.store.DailyRounds;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.ReviewQueue;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Study habits around the engine: scheduled rounds and the daily question (commands and the
 * {@link ScheduleKeeper} that fires them) and the review export. (Round reports are a listener of
 * the engine, {@link RoundReports}.) Times of day are in the community's zone: the one set with {@code quiz timezone}, else
 * {@code defaultZone}.
 */
public final class Habits {
    private final QuizEngine engine;
    private final QuizSchedules schedules;
    private final DailyRounds dailies;
    private final Zones zones;
    private final ScheduleDesk desk;
    private final ReviewExports exports;
    private final Outbox outbox;
    private final Clock clock;

    public Habits(
            QuizEngine engine,
            QuizSchedules schedules,
            CommunityZones communityZones,
            DailyRounds dailies,
            ReviewQueue reviews,
            QuestionPool pool,
            Outbox outbox,
            Clock clock,
            ZoneId defaultZone) {
        this.engine = engine;
        this.schedules = schedules;
        this.dailies = dailies;
        this.outbox = outbox;
        this.clock = clock;
        this.zones = new Zones(communityZones, defaultZone);
        this.desk = new ScheduleDesk(schedules, zones, pool, clock);
        this.exports = new ReviewExports(reviews, pool, zones);
    }

    /** The reply to a study-habit request; empty for any other request. */
    public Optional<Reply> respond(ChatRequest request) {
        return Optional.ofNullable(
                switch (request) {
                    case ChatRequest.ScheduleAdd r -> desk.add(r);
                    case ChatRequest.ScheduleList r -> desk.list(r);
                    case ChatRequest.ScheduleCancel r -> desk.cancel(r);
                    case ChatRequest.TimeZone r -> desk.timeZone(r);
                    case ChatRequest.DailyAnswer r -> engine.scheduled().answerDaily(r);
                    case ChatRequest.ReviewExport r -> exports.export(r);
                    default -> null;
                });
    }

    /**
     * The keeper that fires this engine's schedules on {@code scheduler}, for the channels this
     * process can post to ({@code reachable}), passing at most {@code poll} apart ({@link
     * ScheduleKeeper#POLL} in production).
     */
    public ScheduleKeeper keeper(Scheduler scheduler, Duration poll, Predicate<ChannelAddress> reachable) {
        return new ScheduleKeeper(
                schedules, zones, dailies, engine.scheduled(), outbox, scheduler, clock, poll, reachable);
    }
}
