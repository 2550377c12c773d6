package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Phrase;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * How planned rounds start ({@link #start}: typed commands and schedules alike), the rounds nobody
 * typed a command for: those a schedule fires, and the daily question (a one-question
 * round under the channel's key plus {@value #DAILY}, so it runs beside ordinary rounds, taking
 * private answers only: button clicks and {@link ChatRequest.DailyAnswer}).
 */
final class ScheduledStarts {
    static final String DAILY = "/daily";
    static final Set<Kind> DAILY_KINDS = Set.of(Kind.CHOICE, Kind.REVERSE);

    private final QuizStore store;
    private final RoundPlanner planner;
    private final NewRounds newRounds;
    private final Rounds rounds;
    private final AnswerDesk desk;
    private final RandomGenerator random;

    ScheduledStarts(
            QuizStore store,
            RoundPlanner planner,
            NewRounds newRounds,
            Rounds rounds,
            AnswerDesk desk,
            RandomGenerator random) {
        this.store = store;
        this.planner = planner;
        this.newRounds = newRounds;
        this.rounds = rounds;
        this.desk = desk;
        this.random = random;
    }

    /** The outcome of a scheduled start. */
    sealed interface Fired {
        record Started(RoundRow round) implements Fired {}

        record Busy(RoundRow running) implements Fired {}

        record Refused(Phrase reason) implements Fired {}
    }

    static String dailyKey(Origin origin) {
        return QuizEngine.channelKey(origin) + DAILY;
    }

    static boolean daily(RoundRow round) {
        return round.channelKey().endsWith(DAILY);
    }

    /**
     * Plans and stores a round under {@code key} started by {@code origin} (the schedule's author),
     * posts {@code announcement} (given the number of questions; empty for none) in the channel, then
     * the first question.
     */
    Fired start(
            Origin origin,
            String key,
            String topic,
            int count,
            int seconds,
            Set<Kind> kinds,
            IntFunction<Optional<Reply>> announcement) {
        return start(origin, key, planner, topic, topic.strip(), count, seconds, kinds, announcement);
    }

    /**
     * The one way a planned round starts, whether a schedule fires it or a player typed {@code quiz
     * start} ({@link QuizEngine#start}): refused while {@code key} has a round, else planned by
     * {@code planner} from {@code topic}, stored as {@code storedTopic}, announced, and begun.
     */
    Fired start(
            Origin origin,
            String key,
            RoundPlanner planner,
            String topic,
            String storedTopic,
            int count,
            int seconds,
            Set<Kind> kinds,
            IntFunction<Optional<Reply>> announcement) {
        Optional<RoundRow> running = store.activeRound(key);
        if (running.isPresent()) {
            return new Fired.Busy(running.get());
        }
        RoundPlanner.Plan plan;
        synchronized (random) {
            plan = planner.plan(key, topic, count, kinds, random, origin.messages());
        }
        return switch (plan) {
            case RoundPlanner.Plan.Refused refused -> new Fired.Refused(refused.reason());
            case RoundPlanner.Plan.Ready ready ->
                switch (newRounds.create(origin, key, storedTopic, seconds, false, ready)) {
                    case QuizStore.Creation.Busy busy -> new Fired.Busy(busy.running());
                    case QuizStore.Creation.Created created -> {
                        announcement
                                .apply(ready.questions().size())
                                .ifPresent(reply -> rounds.announce(created.round(), reply));
                        rounds.begin(created.round());
                        yield new Fired.Started(created.round());
                    }
                };
        };
    }

    /** Reveals and ends the open round under {@code key}, if any (yesterday's daily question). */
    void close(String key) {
        Optional<RoundRow> open = store.activeRound(key);
        if (open.isEmpty()) {
            return;
        }
        RoundRow round = open.get();
        if (round.currentNo() > 0) {
            rounds.reveal(round.id(), round.currentNo(), false);
        }
        rounds.end(round.id(), EndReason.FINISHED);
    }

    /** A private answer to the channel's open daily question. */
    Reply answerDaily(ChatRequest.DailyAnswer request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        long arrived = desk.now(); // before the store is asked anything
        Optional<RoundRow> open = rounds.storeOrMemory().activeRound(List.of(dailyKey(origin)));
        if (open.isEmpty() || open.get().currentNo() == 0) {
            return Reply.privateText(m.text("daily.none"));
        }
        return desk.typed(new ChatRequest.TypedAnswer(origin, request.answer()), open, arrived)
                .orElseGet(() -> Reply.privateText(m.text("daily.badLetter", UserText.quote(request.answer()))));
    }
}
