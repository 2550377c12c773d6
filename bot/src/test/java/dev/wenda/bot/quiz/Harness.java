package dev.wenda.bot.quiz;

import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.CommunityZones;
import dev.wenda.bot.store.DailyRounds;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizSchedules;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TopicStats;
import dev.wenda.content.QaEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/** One engine ("process") on a database, with a manual clock, a manual scheduler and a recording outbox. */
final class Harness {
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z"); // a Monday, 09:00 in Shanghai

    final ManualClock clock;
    final ManualScheduler scheduler;
    final RecordingOutbox outbox = new RecordingOutbox();
    final List<QuizEvent> events = Collections.synchronizedList(new ArrayList<>());
    final QuizStore store;
    final Database db;
    final ReviewQueue reviews;
    final StudyGroups groups;
    final Seasons seasons;
    final QuizEngine engine;
    final DailyRounds dailies;
    final QuestionPool pool;
    final Habits habits;

    Harness(Database db, List<QaEntry> bank, String owner, ManualClock clock) {
        this(db, bank, owner, clock, Fixtures.sums());
    }

    Harness(Database db, List<QaEntry> bank, String owner, ManualClock clock, NumericQuestionSource numeric) {
        this(db, bank, owner, clock, numeric, Decks.NONE);
    }

    Harness(
            Database db,
            List<QaEntry> bank,
            String owner,
            ManualClock clock,
            NumericQuestionSource numeric,
            Decks decks) {
        this.clock = clock;
        this.scheduler = new ManualScheduler(clock);
        this.store = new QuizStore(db);
        this.db = db;
        this.reviews = new ReviewQueue(db);
        this.groups = new StudyGroups(db);
        this.seasons = new Seasons(db);
        this.dailies = new DailyRounds(db);
        this.pool = new BankQuestionPool(bank);
        RoundReports reports = new RoundReports(store, dailies, outbox);
        this.engine = new QuizEngine(
                store,
                reviews,
                pool,
                numeric,
                outbox,
                scheduler,
                clock,
                new SplittableRandom(42),
                Fixtures.UNIQUE_IDS,
                event -> {
                    events.add(event);
                    reports.on(event);
                },
                QuizSettings.defaults(owner),
                decks);
        this.habits = new Habits(
                engine,
                new QuizSchedules(db),
                new CommunityZones(db),
                dailies,
                reviews,
                pool,
                outbox,
                clock,
                Periods.DEFAULT_ZONE);
    }

    /** The quiz service over this engine, as the composition root builds it. */
    QuizService service() {
        return new QuizService(engine, boardService(), groupService(), habits);
    }

    /** The schedule keeper of this "process", passing at most {@code poll} apart, for console channels. */
    ScheduleKeeper keeper(Duration poll) {
        return habits.keeper(scheduler, poll, address -> address.platform() == dev.wenda.bot.chat.Platform.CONSOLE);
    }

    BoardService boardService() {
        return new BoardService(
                new Standings(db), seasons, new TopicStats(db), groups, dailies, clock, Periods.DEFAULT_ZONE);
    }

    GroupService groupService() {
        return new GroupService(groups, clock);
    }

    static Harness on(Database db, List<QaEntry> bank) {
        return new Harness(db, bank, "bot-1", new ManualClock(T0));
    }

    Reply start(Origin who, String topic, int count, int seconds, String kinds) {
        return engine.start(
                new ChatRequest.QuizStart(who, topic, OptionalInt.of(count), OptionalInt.of(seconds), kinds));
    }

    RoundRow round(Origin who) {
        return store.activeRound(QuizEngine.channelKey(who)).orElseThrow();
    }

    /** The stored question {@code no} of a round. */
    Question question(String roundId, int no) {
        return new QuestionCodec()
                .decode(store.question(roundId, no).orElseThrow().payload());
    }

    /** The button id of the right (or a wrong) option of question {@code no}. */
    String option(String roundId, int no, boolean right) {
        Question.Options q = (Question.Options) question(roundId, no);
        int index = right ? q.correct() : (q.correct() + 1) % q.options().size();
        return QuizTexts.actionId(roundId, no, Integer.toString(index));
    }

    Reply click(Origin who, String actionId) {
        return engine.click(new ChatRequest.Click(who, actionId)).orElseThrow();
    }

    void advance(Duration by) {
        scheduler.advance(by);
    }

    <T extends QuizEvent> List<T> events(Class<T> type) {
        synchronized (events) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }
}
