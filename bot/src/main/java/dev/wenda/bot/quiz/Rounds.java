package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.Standing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The life of a round: post a question, reveal it when its time is up (or on skip), post the next,
 * end with a scoreboard. Every step is first claimed in the store, so a step runs once even when
 * timers of two processes, or a timer and a skip, race for it.
 */
final class Rounds {
    /** How often a round paused by a store outage tries the store again. */
    static final Duration PAUSE_RETRY = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Rounds.class);

    private final QuizStore store;
    private final ReviewScheduling reviews;
    private final Outbox outbox;
    private final Scheduler scheduler;
    private final Clock clock;
    private final QuizListener listener;
    private final QuizSettings settings;
    private final LiveRounds live;
    private final AnswerBacklog backlog;
    private final StoreOrMemory storeOrMemory;
    private final Recovery recovery;
    private final QuestionCodec codec = new QuestionCodec();
    private final Map<String, List<Question>> questions = new ConcurrentHashMap<>();
    private final Map<String, Scheduler.Cancellable> timers = new ConcurrentHashMap<>();

    Rounds(
            QuizStore store,
            ReviewScheduling reviews,
            Outbox outbox,
            Scheduler scheduler,
            Clock clock,
            QuizListener listener,
            QuizSettings settings,
            LiveRounds live,
            AnswerBacklog backlog) {
        this.store = store;
        this.reviews = reviews;
        this.live = live;
        this.backlog = backlog;
        this.outbox = outbox;
        this.scheduler = scheduler;
        this.clock = clock;
        this.listener = listener;
        this.settings = settings;
        this.recovery = new Recovery(store, clock, settings, live, this);
        this.storeOrMemory = new StoreOrMemory(
                store, live, new Pauses(store, live, backlog, scheduler, clock, listener, outbox, this)::pause);
    }

    /** How answers and steps reach the store while it may be down; pauses rounds through {@link Pauses}. */
    StoreOrMemory storeOrMemory() {
        return storeOrMemory;
    }

    QuestionCodec codec() {
        return codec;
    }

    /** The round's questions in order (index 0 is question 1); immutable once stored, so cached. */
    List<Question> questions(String roundId) {
        return questions.computeIfAbsent(roundId, id -> store.questions(id).stream()
                .map(row -> codec.decode(row.payload()))
                .toList());
    }

    void begin(RoundRow round) {
        listener.on(new QuizEvent.RoundStarted(
                round.id(),
                clock.instant(),
                address(round),
                round.starterName(),
                round.topic(),
                round.questionCount(),
                round.seconds(),
                round.personal()));
        post(round, 1);
    }

    /** Posts {@code reply} in the round's channel (a scheduled round's announcement). */
    void announce(RoundRow round, Reply reply) {
        send(() -> outbox.post(address(round), reply));
    }

    /** Posts question {@code no} and arms its reveal timer; a no-op if it was posted already. */
    void post(RoundRow round, int no) {
        long now = clock.millis();
        long closes = now + Duration.ofSeconds(round.seconds()).toMillis();
        if (!store.openQuestion(round.id(), no, now, closes)) {
            return;
        }
        store.tryAcquireLease(
                round.id(), settings.owner(), now, closes + settings.lease().toMillis());
        Question q = questions(round.id()).get(no - 1);
        live.posted(
                round,
                new QuestionRow(
                        round.id(),
                        no,
                        q.kind().name(),
                        q.entryId(),
                        q.topic(),
                        "",
                        OptionalLong.of(now),
                        OptionalLong.of(closes),
                        false,
                        Optional.empty()));
        Instant closesAt = Instant.ofEpochMilli(closes);
        Reply reply = ScheduledStarts.daily(round)
                ? QuizTexts.dailyQuestion(round.id(), q, closesAt, messages(round))
                : QuizTexts.question(
                        round.id(), no, round.questionCount(), q, closesAt, round.seconds(), messages(round));
        send(() -> outbox.post(address(round), reply).whenComplete((handle, error) -> {
            if (error != null) {
                LOG.warn("could not post question {} of round {}", no, round.id(), error);
            } else {
                store.setMessageId(round.id(), no, handle.messageId());
            }
        }));
        arm(round.id(), no, Duration.ofMillis(closes - now));
        listener.on(new QuizEvent.QuestionPosted(
                round.id(), Instant.ofEpochMilli(now), no, q.kind(), q.entryId(), closesAt));
    }

    void arm(String roundId, int no, Duration delay) {
        Scheduler.Cancellable timer = scheduler.schedule(delay, () -> reveal(roundId, no, true));
        Scheduler.Cancellable old = timers.put(roundId, timer);
        if (old != null) {
            old.cancel();
        }
    }

    /**
     * Closes question {@code no} and shows its answer; then posts the next question or ends the
     * round when {@code carryOn}. Does nothing if the question was revealed already, or while the
     * round is paused by a store outage (it goes on when the store is back, see {@link Pauses}).
     */
    void reveal(String roundId, int no, boolean carryOn) {
        storeOrMemory.step(roundId, () -> revealNow(roundId, no, carryOn));
    }

    private void revealNow(String roundId, int no, boolean carryOn) {
        backlog.flush(roundId);
        if (!store.markRevealed(roundId, no)) {
            return;
        }
        stopTimer(roundId);
        RoundRow round = store.round(roundId).orElseThrow();
        Question q = questions(roundId).get(no - 1);
        List<AnswerRow> answers = store.answers(roundId, no);
        Reply reply = QuizTexts.reveal(roundId, no, round.questionCount(), q, answers, messages(round));
        QuestionRow row = store.question(roundId, no).orElseThrow();
        if (row.messageId().isPresent()) {
            send(() -> outbox.edit(
                    new MessageHandle(address(round), row.messageId().get()), reply));
        } else {
            send(() -> outbox.post(address(round), reply));
        }
        reviews.revealed(round, q, answers);
        listener.on(new QuizEvent.QuestionRevealed(
                roundId,
                clock.instant(),
                no,
                QuizTexts.correctAnswer(q),
                answers.stream()
                        .filter(AnswerRow::correct)
                        .map(AnswerRow::userName)
                        .toList()));
        if (carryOn && round.open()) {
            if (no < round.questionCount()) {
                post(round, no + 1);
            } else {
                end(roundId, EndReason.FINISHED);
            }
        }
    }

    /** Ends the round with its scoreboard; a no-op if it ended already. */
    void end(String roundId, EndReason reason) {
        backlog.flush(roundId);
        if (!store.endRound(roundId, clock.millis())) {
            return;
        }
        stopTimer(roundId);
        RoundRow round = store.round(roundId).orElseThrow();
        List<Standing> scores = store.roundScores(roundId);
        // A daily question's results come with its reveal and the day's streaks (RoundReports).
        if (!ScheduledStarts.daily(round)) {
            send(() -> outbox.post(address(round), QuizTexts.scoreboard(scores, reason, messages(round))));
        }
        questions.remove(roundId);
        live.ended(roundId);
        listener.on(new QuizEvent.RoundEnded(roundId, clock.instant(), reason, scores));
    }

    /** Stops a round now: the question on screen is revealed, then the scoreboard posted. */
    void stop(RoundRow round) {
        if (round.currentNo() > 0) {
            reveal(round.id(), round.currentNo(), false);
        }
        end(round.id(), EndReason.STOPPED);
    }

    /**
     * Stops this process's timers and releases its round leases (graceful shutdown): the rounds stay
     * open in the store for a restart or another process to resume.
     */
    int handOver() {
        timers.values().forEach(Scheduler.Cancellable::cancel);
        timers.clear();
        return store.releaseLeases(settings.owner());
    }

    /** Whether the round's clock runs in this process. */
    boolean timed(String roundId) {
        return timers.containsKey(roundId);
    }

    Recovery recovery() {
        return recovery;
    }

    /** Stops the round's clock here: its question is not revealed until the timer is armed again. */
    void stopTimer(String roundId) {
        Scheduler.Cancellable timer = timers.remove(roundId);
        if (timer != null) {
            timer.cancel();
        }
    }

    /** A platform failing to deliver one message must not stop the round's clock. */
    static void send(Supplier<CompletableFuture<?>> delivery) {
        try {
            delivery.get().exceptionally(error -> {
                LOG.warn("could not deliver a quiz message", error);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("could not deliver a quiz message", e);
        }
    }

    /** The catalogue of the round's language (the starter's locale, stored with the round). */
    static Messages messages(RoundRow round) {
        return Messages.of(round.locale());
    }

    static ChannelAddress address(RoundRow round) {
        return new ChannelAddress(round.platform(), round.community(), round.channel());
    }
}
