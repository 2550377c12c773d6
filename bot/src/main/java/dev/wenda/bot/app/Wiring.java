package dev.wenda.bot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.admin.ContentReloader;
import dev.wenda.bot.admin.ContentTarget;
import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestion;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.calc.NumericQuizFactory;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.Secret;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.discord.DiscordBot;
import dev.wenda.bot.discord.DiscordConfig;
import dev.wenda.bot.guard.RateLimitedChatService;
import dev.wenda.bot.guard.RateLimits;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.ops.CorrelatedChatService;
import dev.wenda.bot.ops.CorrelationIds;
import dev.wenda.bot.ops.OpsServer;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.bot.ops.ReadinessCheck;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.ExecutorScheduler;
import dev.wenda.bot.quiz.NumericQuestionSource;
import dev.wenda.bot.quiz.QuizEngine;
import dev.wenda.bot.quiz.QuizListener;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.quiz.QuizSettings;
import dev.wenda.bot.quiz.SwappablePool;
import dev.wenda.bot.slack.SlackBot;
import dev.wenda.bot.slack.SlackSettings;
import dev.wenda.bot.store.Boards;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.content.ContentBank;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
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
    /** What a content reload swaps, in order; the bank field itself comes last. */
    private final CopyOnWriteArrayList<ContentTarget> contentTargets = new CopyOnWriteArrayList<>();

    private ContentBank bank;
    private ContentReloader contentReloader;
    private Database store;
    private QuizService quiz;
    private ChatService chatService;
    private ChatService platformChatService;
    private Calc calc;
    private NumericQuestions numericQuestions;
    private NumericQuizFactory numericQuiz;
    private DiscordBot discord;
    private SlackBot slack;
    private PrometheusMetrics metrics;

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
     * What {@code wenda serve} runs: the enabled platforms, the readiness checks (bank loaded,
     * database reachable) and the ops endpoint, with their stop sequence.
     */
    public synchronized ServeRuntime serveRuntime(Warmup index) {
        List<PlatformRunner> platforms = new ArrayList<>();
        if (config.slack().enabled()) {
            platforms.add(slackRunner());
        }
        WendaConfig.Http http = config.http();
        Optional<Function<List<ReadinessCheck>, AutoCloseable>> ops = http.enabled()
                ? Optional.of(checks -> OpsServer.start(http.host(), http.port(), metrics()::scrape, checks))
                : Optional.empty();
        return new ServeRuntime(
                platforms,
                List.of(index.check(), new JdbcCheck(config.db())),
                ops,
                () -> {}, // nothing to persist until the quiz engine keeps rounds
                List.of());
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
     * swaps the quiz's question pool and then {@link #bank()} (services built later use the new bank).
     */
    public synchronized ContentReloader contentReloader() {
        if (contentReloader == null) {
            contentReloader = new ContentReloader(contentDir, ContentBank::load, contentTargets);
            contentTargets.add(fresh -> {
                synchronized (this) {
                    bank = fresh;
                }
            });
        }
        return contentReloader;
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
            ChatService calcService = request -> request instanceof ChatRequest.Calc c
                    ? numericQuestions().calc(c.expression(), c.origin().locale())
                    : missing.handle(request);
            ChatService contentService = request -> contentReloader().handle(request);
            chatService = new ChatDispatcher(missing, quizService, calcService, new HelpService(), contentService);
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
     * The database: {@value #DB_URL_ENV} when set, else an H2 file under the data directory;
     * migrated on open.
     */
    public synchronized Database store() {
        if (store == null) {
            store = Database.open(StoreConfig.url(jdbcUrl(config.db()))
                    .withPoolSize(config.db().poolSize()));
        }
        return store;
    }

    /**
     * Quiz rounds, leaderboards, groups and review, posting through {@link #outboxes()}. Building it
     * resumes open rounds of the platforms registered by then; an adapter that registers later calls
     * {@code quiz().recover(Set.of(platform))}. Numeric questions come from calc's
     * {@link #numericQuiz()}; the question pool is the bank without search (closeness by tags and bigrams).
     */
    public synchronized QuizService quiz() {
        if (quiz == null) {
            Clock clock = Clock.systemUTC();
            Database db = store();
            Boards boards = new Boards(db);
            SwappablePool pool = new SwappablePool(new BankQuestionPool(bank().entries()));
            contentTargets.add(0, fresh -> pool.swap(new BankQuestionPool(fresh.entries())));
            QuizEngine engine = new QuizEngine(
                    new QuizStore(db),
                    boards,
                    pool,
                    numericQuestionSource(),
                    outboxes,
                    new ExecutorScheduler("wenda-quiz-timer"),
                    clock,
                    new SplittableRandom(),
                    event -> quizListeners.forEach(listener -> listener.on(event)),
                    QuizSettings.defaults(config.instance().id()));
            quiz = new QuizService(
                    engine, new BoardService(boards, clock, Periods.DEFAULT_ZONE), new GroupService(boards, clock));
            quiz.recover(outboxes.registered());
        }
        return quiz;
    }

    /** Adds a listener for every quiz event (the console's {@code --json} mode, logs). */
    public void addQuizListener(QuizListener listener) {
        quizListeners.add(listener);
    }

    /** The numeric module: receptive field, params and MACs (no index, no database). */
    public synchronized Calc calc() {
        if (calc == null) {
            calc = new Calc();
        }
        return calc;
    }

    /** Numeric questions in plain Chinese or English, for the ask flow and {@code /calc}. */
    public synchronized NumericQuestions numericQuestions() {
        if (numericQuestions == null) {
            numericQuestions = new NumericQuestions(calc());
        }
        return numericQuestions;
    }

    /** Random numeric quiz questions (receptive field, params, MACs, output size). */
    public synchronized NumericQuizFactory numericQuiz() {
        if (numericQuiz == null) {
            numericQuiz = new NumericQuizFactory(calc());
        }
        return numericQuiz;
    }

    /** Calc's random problems as quiz questions: Chinese prompts, exact answers (MACs within 1 %). */
    private NumericQuestionSource numericQuestionSource() {
        return random -> {
            NumericQuestion q = numericQuiz().next(random);
            return Optional.of(new NumericQuestionSource.Problem(
                    "calc:" + q.expression(),
                    q.kind().topic(),
                    q.promptZh(),
                    BigDecimal.valueOf(q.answer()),
                    BigDecimal.valueOf(q.tolerance()),
                    q.tolerance() == 0 ? "exact" : "±1%",
                    q.explanationZh()));
        };
    }

    /**
     * The Discord bot, built once; its outbox is registered for Discord channels at once so the
     * quiz engine can post there. The caller starts it, e.g. {@code discord(config).start(
     * platformChatService(limits), questions, topics)}.
     */
    public synchronized DiscordBot discord(DiscordConfig config) {
        if (discord == null) {
            discord = new DiscordBot(config);
            outboxes.register(Platform.DISCORD, discord.outbox());
        }
        return discord;
    }

    /**
     * The Slack bot from the {@code slack.*} settings, built once on the platform chat service; its
     * outbox is registered for Slack channels at once so the quiz engine can post there.
     */
    public synchronized SlackBot slack() {
        if (slack == null) {
            WendaConfig.Slack c = config.slack();
            SlackSettings settings = new SlackSettings(
                    () -> c.botToken().map(Secret::reveal).orElse(""),
                    () -> c.appToken().map(Secret::reveal).orElse(""),
                    () -> c.signingSecret().map(Secret::reveal).orElse(""),
                    c.mode() == WendaConfig.Slack.Mode.HTTP ? SlackSettings.Mode.HTTP : SlackSettings.Mode.SOCKET,
                    c.host(),
                    c.port(),
                    Set.copyOf(c.admins()),
                    Optional.empty());
            slack = new SlackBot(settings, platformChatService(RateLimits.defaults()));
            outboxes.register(Platform.SLACK, slack.outbox());
        }
        return slack;
    }

    /** {@link #slack()} as one of the platforms {@code wenda serve} runs. */
    public PlatformRunner slackRunner() {
        SlackBot bot = slack();
        return new PlatformRunner() {
            @Override
            public String name() {
                return "slack";
            }

            @Override
            public void start() throws Exception {
                bot.start();
            }

            @Override
            public boolean connected() {
                return bot.connected();
            }

            @Override
            public void stopAccepting() {
                bot.stopAccepting();
            }

            @Override
            public void close() {
                bot.stop();
            }
        };
    }

    /** The JDBC URL with the configured user and password as connection properties. */
    private static String jdbcUrl(WendaConfig.Database db) {
        if (!db.postgres() || (db.user().isEmpty() && db.password().isEmpty())) {
            return db.url();
        }
        StringBuilder url = new StringBuilder(db.url()).append(db.url().contains("?") ? '&' : '?');
        if (!db.user().isEmpty()) {
            url.append("user=").append(java.net.URLEncoder.encode(db.user(), java.nio.charset.StandardCharsets.UTF_8));
        }
        db.password().ifPresent(p -> url.append(db.user().isEmpty() ? "" : "&")
                .append("password=")
                .append(java.net.URLEncoder.encode(p.reveal(), java.nio.charset.StandardCharsets.UTF_8)));
        return url.toString();
    }
}
