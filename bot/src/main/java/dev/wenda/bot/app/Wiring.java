package dev.wenda.bot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.admin.ContentReloader;
import dev.wenda.bot.admin.ContentTarget;
import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.calc.NumericQuizFactory;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.ShardRange;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.discord.DiscordBot;
import dev.wenda.bot.discord.QuestionSuggester;
import dev.wenda.bot.guard.RateLimitedChatService;
import dev.wenda.bot.guard.RateLimits;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.ops.CorrelatedChatService;
import dev.wenda.bot.ops.CorrelationIds;
import dev.wenda.bot.ops.MeasuredOutbox;
import dev.wenda.bot.ops.OpsServer;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.bot.ops.ReadinessCheck;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.ExecutorScheduler;
import dev.wenda.bot.quiz.QuizEngine;
import dev.wenda.bot.quiz.QuizListener;
import dev.wenda.bot.quiz.QuizMetrics;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.quiz.QuizSettings;
import dev.wenda.bot.quiz.RoundLeases;
import dev.wenda.bot.quiz.SwappablePool;
import dev.wenda.bot.slack.SlackBot;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.Seasons;
import dev.wenda.bot.store.Standings;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.bot.store.TopicStats;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The composition root: builds every service in plain Java, lazily, so a command only pays for
 * what it uses ({@code wenda calc} never loads the index). One instance per process.
 */
public final class Wiring {
    private final WendaConfig config;
    private final Optional<Path> contentDir;
    private final PlatformOutboxes outboxes = new PlatformOutboxes();
    private final CopyOnWriteArrayList<QuizListener> quizListeners = new CopyOnWriteArrayList<>();
    private final Numerics numerics = new Numerics();
    private final SearchParts searchParts;

    private ContentBank bank;
    private ContentReloader contentReloader;
    private SwappablePool quizPool;
    private volatile Database store;
    private QuizService quiz;
    private ChatService chatService;
    private ChatService platformChatService;
    private DiscordBot discord;
    private SlackBot slack;
    private ExecutorScheduler quizTimers;
    private QuizEngine quizEngine;
    private RoundLeases roundLeases;
    private PrometheusMetrics metrics;
    private AskHandler askHandler;

    /**
     * The configuration from the environment ({@code WENDA_*} variables) over the defaults, reading
     * Q&A files from {@code contentDir} when given. Used by every command but {@code serve}.
     */
    public Wiring(Optional<Path> contentDir) {
        this(withContent(new ConfigLoader(System.getenv(), () -> "wenda").load(Optional.empty()), contentDir));
    }

    /** Built from a loaded configuration ({@code wenda serve}). */
    public Wiring(WendaConfig config) {
        this.config = config;
        this.contentDir = config.content().dir();
        this.searchParts = new SearchParts(config.search().dense());
    }

    private static WendaConfig withContent(WendaConfig config, Optional<Path> contentDir) {
        return contentDir.map(config::withContentDir).orElse(config);
    }

    public WendaConfig config() {
        return config;
    }

    /** The metrics every service records into; {@code /metrics} scrapes them. */
    public synchronized PrometheusMetrics metrics() {
        if (metrics == null) {
            metrics = new PrometheusMetrics();
        }
        return metrics;
    }

    /**
     * What {@code wenda serve} runs: the platforms enabled in the configuration, the readiness
     * checks (the warm-ups of the bank and the store; each platform connected) and the ops
     * endpoint, with their stop sequence.
     */
    public synchronized ServeRuntime serveRuntime(Warmup index, Warmup database) {
        // Built now, not in the lambdas: the warm-ups hold this object's lock while loading.
        ChatService service = platformChatService(rateLimits());
        PrometheusMetrics scrape = metrics();
        List<PlatformRunner> platforms = new ArrayList<>();
        if (config.discord().enabled()) {
            platforms.add(discordRunner());
        }
        if (config.slack().enabled()) {
            platforms.add(slackRunner());
        }
        WendaConfig.Http http = config.http();
        Optional<Function<List<ReadinessCheck>, AutoCloseable>> ops = http.enabled()
                ? Optional.of(checks -> OpsServer.start(http.host(), http.port(), scrape::scrape, checks))
                : Optional.empty();
        return new ServeRuntime(
                platforms,
                List.of(index.check(), database.check()),
                ops,
                this::stopQuizTimers,
                List.of(new GracefulShutdown.Step("close store", this::closeStore)));
    }

    /** A live check of the open store: one trivial query. */
    public ReadinessCheck.Status storeAnswers() {
        Database db = store;
        if (db == null) {
            return ReadinessCheck.Status.failing("not open");
        }
        db.jdbc().queryOne("select 1", row -> row.getInt(1));
        return ReadinessCheck.Status.ok();
    }

    /** The per-user and per-channel budgets from {@code limits.*}. */
    public RateLimits rateLimits() {
        WendaConfig.Limits limits = config.limits();
        return new RateLimits(limits.userRequests(), limits.channelRequests(), limits.userAnswers(), limits.window());
    }

    /**
     * Renews the leases of this process's quiz rounds and takes over those of a process that died;
     * builds the quiz first. Takeover covers the platforms this process can post to everywhere:
     * Slack, and Discord only when it runs every shard.
     */
    public synchronized RoundLeases roundLeases() {
        if (roundLeases == null) {
            quiz();
            Set<Platform> takeover = EnumSet.noneOf(Platform.class);
            if (config.slack().enabled()) {
                takeover.add(Platform.SLACK);
            }
            ShardRange shards = config.discord().shards();
            if (config.discord().enabled() && shards.count() == shards.total()) {
                takeover.add(Platform.DISCORD);
            }
            roundLeases = new RoundLeases(
                    new QuizStore(store()),
                    quizEngine,
                    quizTimers,
                    Clock.systemUTC(),
                    config.instance().id(),
                    config.quiz().lease(),
                    () -> Set.copyOf(takeover));
            addQuizListener(roundLeases);
            QuizStore rounds = new QuizStore(store());
            addQuizListener(new QuizMetrics(metrics(), id -> rounds.round(id).map(round -> round.platform())));
            metrics().watchActiveRounds(roundLeases::held);
        }
        return roundLeases;
    }

    /**
     * Stops the quiz timers and hands the rounds on: they stay open in the store with every answer,
     * their leases end now, and another process (or this one restarted) resumes them.
     */
    private synchronized void stopQuizTimers() {
        if (roundLeases != null) {
            roundLeases.close();
        }
        if (quizTimers != null) {
            quizTimers.close();
        }
        if (roundLeases != null) {
            roundLeases.releaseAll();
        }
    }

    private synchronized void closeStore() {
        if (store != null) {
            store.close();
        }
    }

    /** The content bank: the user's folder when given, else the bundled one. */
    public synchronized ContentBank bank() {
        if (bank == null) {
            bank = contentDir.map(ContentBank::load).orElseGet(ContentBank::bundled);
        }
        return bank;
    }

    /**
     * Content reloads asked for by admins: re-reads the content folder and, when it has no errors,
     * swaps it in ({@link #swapContent}).
     */
    public synchronized ContentReloader contentReloader() {
        if (contentReloader == null) {
            ContentTarget target = this::swapContent;
            contentReloader = new ContentReloader(contentDir, ContentBank::load, List.of(target));
        }
        return contentReloader;
    }

    /**
     * Swaps a checked bank in: first the search index (built to the side, swapped atomically; if
     * building fails nothing has changed), then the quiz's question pool, then {@link #bank()} for
     * services built later. Runs without the Wiring lock, so asks keep being answered meanwhile.
     */
    private void swapContent(ContentBank fresh) {
        Optional<SearchService> index;
        SwappablePool pool;
        synchronized (this) {
            index = searchParts.built();
            pool = quizPool;
        }
        index.ifPresent(built -> built.reload(fresh, new LoggingIndexProgress()));
        if (pool != null) {
            pool.swap(new BankQuestionPool(fresh.entries()));
        }
        synchronized (this) {
            bank = fresh;
        }
    }

    /** The outbox every platform adapter registers with; the quiz engine posts through it. */
    public PlatformOutboxes outboxes() {
        return outboxes;
    }

    /** The one chat service every adapter talks to. */
    public synchronized ChatService chatService() {
        if (chatService == null) {
            ChatService missing = request -> Reply.privateText(
                    request.origin().chinese()
                            ? "这个功能在当前版本中还不可用。"
                            : "This part of Wenda is not available in this build.");
            // The quiz is built on its first request: the store and the bank are loaded only then.
            ChatService quizService = request -> quiz().handle(request);
            ChatService askService = request -> askHandler().handle(request);
            ChatService calcService = request -> request instanceof ChatRequest.Calc c
                    ? numericQuestions().calc(c.expression(), c.origin().locale())
                    : missing.handle(request);
            ChatService contentService = request -> contentReloader().handle(request);
            chatService = new ChatDispatcher(askService, quizService, calcService, new HelpService(), contentService);
        }
        return chatService;
    }

    /**
     * The chat service for Discord and Slack: {@link #chatService()} behind per-user and
     * per-channel rate limits.
     */
    public synchronized ChatService platformChatService(RateLimits limits) {
        if (platformChatService == null) {
            platformChatService = new CorrelatedChatService(
                    new RateLimitedChatService(chatService(), limits, Ticker.systemTicker()),
                    metrics(),
                    new CorrelationIds(new SplittableRandom())::next,
                    System::nanoTime);
        }
        return platformChatService;
    }

    /**
     * The database of the configuration ({@code db.url}: the H2 file under the data directory by
     * default, or PostgreSQL), migrated on open.
     */
    public synchronized Database store() {
        if (store == null) {
            store = Database.open(StoreConfig.url(PlatformSettings.jdbcUrl(config.db()))
                    .withPoolSize(config.db().poolSize()));
        }
        return store;
    }

    /**
     * Quiz rounds, leaderboards, groups and review, posting through {@link #outboxes()}. Building it
     * resumes open rounds of the platforms registered by then; an adapter that registers later calls
     * {@code quiz().recover(Set.of(platform))}. Questions come from the bank (closeness by tags and
     * bigrams; {@link SearchQuestionPool} ranks distractors by search instead, but starting a round
     * would then wait for the index to build), numeric ones from calc's {@link #numericQuiz()}.
     */
    public synchronized QuizService quiz() {
        if (quiz == null) {
            Clock clock = Clock.systemUTC();
            Database db = store();
            StudyGroups groups = new StudyGroups(db);
            SwappablePool pool = new SwappablePool(new BankQuestionPool(bank().entries()));
            quizPool = pool;
            QuizEngine engine = quizEngine = new QuizEngine(
                    new QuizStore(db),
                    new ReviewQueue(db),
                    pool,
                    numerics.questionSource(),
                    outboxes,
                    quizTimers = new ExecutorScheduler("wenda-quiz-timer", 4),
                    clock,
                    new SplittableRandom(),
                    event -> quizListeners.forEach(listener -> listener.on(event)),
                    QuizSettings.defaults(config.instance().id()));
            quiz = new QuizService(
                    engine,
                    new BoardService(
                            new Standings(db),
                            new Seasons(db),
                            new TopicStats(db),
                            groups,
                            clock,
                            Periods.DEFAULT_ZONE),
                    new GroupService(groups, clock));
            quiz.recover(outboxes.registered());
        }
        return quiz;
    }

    /** Adds a listener for every quiz event (the console's {@code --json} mode, logs). */
    public void addQuizListener(QuizListener listener) {
        quizListeners.add(listener);
    }

    /** Search settings: {@code search.dense}, indexes persisted under {@code ./data/index/}. */
    public synchronized SearchConfig searchConfig() {
        return searchParts.config();
    }

    /** Replaces the search settings; only before {@link #search()} is first used. */
    public synchronized void useSearchConfig(SearchConfig config) {
        searchParts.use(config);
    }

    /** The search service over {@link #bank()}, built on first use; progress goes to the log. */
    public SearchService search() {
        return search(new LoggingIndexProgress());
    }

    /** The search service, reporting index progress to {@code progress} when this call builds it. */
    public synchronized SearchService search(IndexProgress progress) {
        return searchParts.open(progress, this::bank, metrics());
    }

    /** The ask flow: numeric questions first, then the bank; 👍/👎 kept in the database. */
    public synchronized AskHandler askHandler() {
        if (askHandler == null) {
            askHandler = new AskHandler(
                    this::search,
                    (question, locale) -> numericQuestions().answer(question, locale),
                    new StoredFeedback(() -> new FeedbackStore(store())),
                    Clock.systemUTC(),
                    metrics(),
                    System::nanoTime);
        }
        return askHandler;
    }

    /** The numeric module: receptive field, params and MACs (no index, no database). */
    public Calc calc() {
        return numerics.calc();
    }

    /** Numeric questions in plain Chinese or English, for the ask flow and {@code /calc}. */
    public NumericQuestions numericQuestions() {
        return numerics.questions();
    }

    /** Random numeric quiz questions (receptive field, params, MACs, output size). */
    public NumericQuizFactory numericQuiz() {
        return numerics.quiz();
    }

    /**
     * The Discord bot from the {@code discord.*} configuration, built once; its outbox is registered
     * for Discord channels at once so the quiz engine can post there. Start it with {@link
     * #discordRunner()}.
     */
    public synchronized DiscordBot discord() {
        if (discord == null) {
            discord = new DiscordBot(PlatformSettings.discord(config.discord()));
            outboxes.register(Platform.DISCORD, new MeasuredOutbox(discord.outbox(), Platform.DISCORD, metrics()));
        }
        return discord;
    }

    /**
     * Discord as a platform of {@code wenda serve}: starts the bot on the rate-limited chat service;
     * autocomplete matches bank questions and tags as typed (search has no prefix completion).
     */
    public PlatformRunner discordRunner() {
        DiscordBot bot = discord();
        return new DiscordRunner(bot, () -> {
            List<String> questions =
                    bank().entries().stream().map(QaEntry::question).toList();
            List<String> tags = bank().entries().stream()
                    .flatMap(entry -> entry.tags().stream())
                    .distinct()
                    .sorted()
                    .toList();
            bot.start(
                    platformChatService(rateLimits()), QuestionSuggester.over(questions), QuestionSuggester.over(tags));
        });
    }

    /**
     * The Slack bot from the {@code slack.*} settings, built once on the platform chat service; its
     * outbox is registered for Slack channels at once so the quiz engine can post there.
     */
    public synchronized SlackBot slack() {
        if (slack == null) {
            slack = new SlackBot(PlatformSettings.slack(config.slack()), platformChatService(rateLimits()));
            outboxes.register(Platform.SLACK, new MeasuredOutbox(slack.outbox(), Platform.SLACK, metrics()));
        }
        return slack;
    }

    /** {@link #slack()} as one of the platforms {@code wenda serve} runs. */
    public PlatformRunner slackRunner() {
        return new SlackRunner(slack());
    }
}
