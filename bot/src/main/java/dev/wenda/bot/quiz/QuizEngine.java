package dev.wenda.bot.quiz;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.content.QaEntry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Timed quiz rounds in chat channels. Starts, stops and skips rounds, takes answers, and posts
 * questions, reveals and scoreboards through the {@link Outbox}. All state that matters lives in
 * the store, so a second process on the same database can take answers for a round this one runs,
 * and a restarted process resumes its rounds ({@link #recover()}).
 */
public final class QuizEngine {
    public static final int DEFAULT_COUNT = 10;
    public static final int DEFAULT_SECONDS = 30;
    /** The most questions a round may have. */
    public static final int MAX_COUNT = 50;
    /** The shortest and the longest time a question may stay open, in seconds. */
    public static final int MIN_SECONDS = 10;

    public static final int MAX_SECONDS = 300;
    private static final int REVIEW_SIZE = 10;

    private final QuizStore store;
    private final ReviewQueue reviews;
    private final QuestionPool pool;
    private final QuestionFactory factory;
    private final RoundPlanner planner;
    private final Rounds rounds;
    private final AnswerDesk desk;
    private final Clock clock;
    private final RandomGenerator random;
    private final NewRounds newRounds;
    private final QuizSettings settings;
    private final ScheduledStarts scheduled;
    private final DeckRounds deckRounds;

    /** An engine without community decks. */
    public QuizEngine(
            QuizStore store,
            ReviewQueue reviews,
            QuestionPool pool,
            NumericQuestionSource numeric,
            Outbox outbox,
            Scheduler scheduler,
            Clock clock,
            RandomGenerator random,
            IdSource roundIds,
            QuizListener listener,
            QuizSettings settings) {
        this(store, reviews, pool, numeric, outbox, scheduler, clock, random, roundIds, listener, settings, Decks.NONE);
    }

    /** @param decks the communities' imported decks, for {@code quiz start deck=NAME} */
    public QuizEngine(
            QuizStore store,
            ReviewQueue reviews,
            QuestionPool pool,
            NumericQuestionSource numeric,
            Outbox outbox,
            Scheduler scheduler,
            Clock clock,
            RandomGenerator random,
            IdSource roundIds,
            QuizListener listener,
            QuizSettings settings,
            Decks decks) {
        this.store = Objects.requireNonNull(store, "store");
        this.reviews = Objects.requireNonNull(reviews, "reviews");
        this.pool = Objects.requireNonNull(pool, "pool");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.factory = new QuestionFactory(pool, Objects.requireNonNull(numeric, "numeric"));
        this.planner = new RoundPlanner(pool, factory, store);
        LiveRounds live = new LiveRounds();
        AnswerBacklog backlog = new AnswerBacklog(store);
        ReviewScheduling scheduling = new ReviewScheduling(reviews, clock, settings);
        this.rounds = new Rounds(store, scheduling, outbox, scheduler, clock, listener, settings, live, backlog);
        this.newRounds =
                new NewRounds(store, Objects.requireNonNull(roundIds, "roundIds"), clock, settings, rounds.codec());
        this.desk = new AnswerDesk(store, scheduling, rounds, clock, listener, settings, live, backlog);
        this.scheduled = new ScheduledStarts(store, planner, newRounds, rounds, desk, random);
        this.deckRounds = new DeckRounds(Objects.requireNonNull(decks, "decks"), store, numeric);
    }

    /** Scheduled rounds and daily questions, for {@link Habits}. */
    ScheduledStarts scheduled() {
        return scheduled;
    }

    /** The key that allows one open round per channel. */
    static String channelKey(Origin origin) {
        return origin.platform() + ":" + origin.community() + ":" + origin.channel();
    }

    /** The key of the user's personal review round in this channel. */
    static String reviewKey(Origin origin) {
        return channelKey(origin) + "/review/" + origin.user();
    }

    public Reply start(ChatRequest.QuizStart request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        int count = request.count().orElse(DEFAULT_COUNT);
        int seconds = request.seconds().orElse(DEFAULT_SECONDS);
        if (count < 1 || count > MAX_COUNT) {
            return Reply.privateText(m.text("quiz.badCount", count));
        }
        if (seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
            return Reply.privateText(m.text("quiz.badSeconds", seconds));
        }
        Set<Kind> kinds;
        try {
            kinds = Kind.parseList(request.kinds());
        } catch (Kind.UnknownKind e) {
            return Reply.privateText(m.text("quiz.unknownKind", e.word(), Kind.names()));
        }
        if (request.deck().isEmpty() && kinds.equals(Set.of(Kind.TYPED))) {
            return Reply.privateText(m.text("quiz.typed.deckOnly"));
        }
        RoundPlanner planned = planner;
        String topic = request.topic().strip();
        if (request.deck().isPresent()) {
            switch (deckRounds.find(origin.community(), request.deck().get(), kinds)) {
                case DeckRounds.Found.Refused refused -> {
                    return Reply.privateText(refused.reason().in(m));
                }
                case DeckRounds.Found.Deck deck -> {
                    planned = deck.planner();
                    kinds = deck.kinds();
                    topic = (DeckRounds.TOPIC_PREFIX + deck.name() + " " + topic).strip();
                }
            }
        }
        ScheduledStarts.Fired fired = scheduled.start(
                origin,
                channelKey(origin),
                planned,
                request.topic(),
                topic,
                count,
                seconds,
                kinds,
                n -> Optional.empty());
        return switch (fired) {
            case ScheduledStarts.Fired.Refused refused ->
                Reply.privateText(refused.reason().in(m));
            case ScheduledStarts.Fired.Busy busy -> busy(busy.running(), m);
            case ScheduledStarts.Fired.Started started -> started(origin, started.round(), false);
        };
    }

    /** Starts the user's personal review round of entries due now. */
    public Reply review(ChatRequest.Review request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        String key = reviewKey(origin);
        Optional<RoundRow> running = store.activeRound(key);
        if (running.isPresent()) {
            return Reply.privateText(m.text("quiz.review.running"));
        }
        List<Question> questions = new ArrayList<>();
        List<String> due =
                reviews.due(origin.platform().name(), origin.community(), origin.user(), clock.millis(), REVIEW_SIZE);
        synchronized (random) {
            for (String id : due) {
                Optional<QaEntry> entry = pool.entry(id);
                if (entry.isPresent()) {
                    factory.make(Kind.CHOICE, entry.get(), random)
                            .or(() -> factory.make(Kind.FLASHCARD, entry.get(), random))
                            .ifPresent(questions::add);
                }
            }
        }
        if (questions.isEmpty()) {
            OptionalLong next = reviews.nextDue(origin.platform().name(), origin.community(), origin.user());
            if (next.isEmpty()) {
                return Reply.privateText(m.text("quiz.review.nothing"));
            }
            long hours = Math.max(
                    1, Duration.ofMillis(next.getAsLong() - clock.millis()).toHours());
            return Reply.privateText(m.text("quiz.review.notDue", hours));
        }
        return create(origin, key, "review", DEFAULT_SECONDS, true, new RoundPlanner.Plan.Ready(questions, "review"));
    }

    private Reply create(
            Origin origin, String key, String topic, int seconds, boolean personal, RoundPlanner.Plan.Ready plan) {
        Messages m = origin.messages();
        return switch (newRounds.create(origin, key, topic, seconds, personal, plan)) {
            case QuizStore.Creation.Busy busy -> busy(busy.running(), m);
            case QuizStore.Creation.Created created -> {
                rounds.begin(created.round());
                yield started(origin, created.round(), personal);
            }
        };
    }

    /** What the starter of a begun round is told. */
    private static Reply started(Origin origin, RoundRow round, boolean personal) {
        Messages m = origin.messages();
        if (personal) {
            return Reply.privateText(m.text("quiz.review.started", round.questionCount()));
        }
        String topic = round.topic();
        String what = topic.isEmpty()
                ? m.text("quiz.allTopics")
                : topic.startsWith(DeckRounds.TOPIC_PREFIX)
                        ? m.text("quiz.deck.topic", UserText.quote(topic.substring(DeckRounds.TOPIC_PREFIX.length())))
                        : UserText.quote(topic);
        String who = UserText.quote(origin.userName(), UserText.MAX_NAME);
        return Reply.text(m.text("quiz.started", who, what, round.questionCount(), round.seconds()));
    }

    public Reply stop(ChatRequest.QuizStop request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        Optional<RoundRow> found = activeFor(origin);
        if (found.isEmpty()) {
            return Reply.privateText(m.text("quiz.noRound"));
        }
        RoundRow round = found.get();
        if (!round.starterId().equals(origin.user()) && !origin.admin()) {
            return Reply.privateText(
                    m.text("quiz.stop.notYours", UserText.quote(round.starterName(), UserText.MAX_NAME)));
        }
        rounds.stop(round);
        return Reply.privateText(m.text("quiz.stopped"));
    }

    public Reply skip(ChatRequest.QuizSkip request) {
        Origin origin = request.origin();
        Messages m = origin.messages();
        Optional<RoundRow> found = activeFor(origin);
        if (found.isEmpty() || found.get().currentNo() == 0) {
            return Reply.privateText(m.text("quiz.noRound"));
        }
        RoundRow round = found.get();
        int no = round.currentNo();
        if (round.starterId().equals(origin.user())) {
            rounds.reveal(round.id(), no, true);
            return Reply.privateText(m.text("quiz.skipped", no));
        }
        Set<String> players = store.players(round.id());
        if (!players.contains(origin.user())) {
            return Reply.privateText(m.text("quiz.skip.notPlayer"));
        }
        int votes = store.voteSkip(round.id(), no, origin.user());
        if (votes * 2 > players.size()) {
            rounds.reveal(round.id(), no, true);
            return Reply.privateText(m.text("quiz.skip.majority", no));
        }
        int needed = players.size() / 2 + 1;
        return Reply.privateText(m.text("quiz.skip.vote", votes, needed));
    }

    /**
     * A typed message in a channel: an answer to the question on screen, or nothing to reply to.
     * While the store cannot be reached, rounds this process runs still take answers (queued, see
     * {@link AnswerBacklog}); other text is ignored as usual.
     *
     * @throws dev.wenda.bot.store.StoreOutage when the store cannot be reached and this process
     *     runs no round here ({@link StoreOrMemory})
     */
    public Optional<Reply> answer(ChatRequest.TypedAnswer request) {
        Origin origin = request.origin();
        long arrived = clock.millis(); // before the store is asked anything
        return desk.typed(
                request, rounds.storeOrMemory().activeRound(List.of(reviewKey(origin), channelKey(origin))), arrived);
    }

    /** A button press; empty when the action id is not a quiz action. */
    public Optional<Reply> click(ChatRequest.Click request) {
        return desk.click(request, clock.millis());
    }

    /**
     * Takes over open rounds of {@code platforms} left by a stopped process (or by this one before
     * a restart), once their lease is free; returns how many this one now runs.
     */
    public int recover(Set<Platform> platforms) {
        return rounds.recovery().recover(platforms);
    }

    /**
     * For a graceful shutdown: cancels this engine's timers and releases its leases, so a restart
     * or another process resumes the open rounds without waiting. Returns how many were released.
     */
    public int handOver() {
        return rounds.handOver();
    }

    /**
     * Resumes those of {@code owned} (open rounds whose lease this process holds) that have no timer
     * here, for the lease keeper; see {@link Recovery#resumeIdle(List)}.
     */
    public int resumeIdle(List<RoundRow> owned) {
        return rounds.recovery().resumeIdle(owned);
    }

    /** {@link #recover(Set)} for every platform. */
    public int recover() {
        return recover(EnumSet.allOf(Platform.class));
    }

    private Optional<RoundRow> activeFor(Origin origin) {
        return store.activeRound(List.of(reviewKey(origin), channelKey(origin)));
    }

    private static Reply busy(RoundRow running, Messages m) {
        return Reply.privateText(m.text("quiz.busy", UserText.quote(running.starterName(), UserText.MAX_NAME)));
    }
}
