package dev.wenda.bot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.guard.RateLimitedChatService;
import dev.wenda.bot.guard.RateLimits;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.quiz.BankQuestionPool;
import dev.wenda.bot.quiz.ExecutorScheduler;
import dev.wenda.bot.quiz.NumericQuestionSource;
import dev.wenda.bot.quiz.QuizEngine;
import dev.wenda.bot.quiz.QuizListener;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.quiz.QuizSettings;
import dev.wenda.bot.store.Boards;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.content.ContentBank;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The composition root: builds every service in plain Java, lazily, so a command only pays for
 * what it uses ({@code wenda calc} never loads the index). One instance per process.
 */
public final class Wiring {
    /** Environment variable with a JDBC URL that replaces the embedded H2 store. */
    public static final String DB_URL_ENV = "WENDA_DB_URL";

    private final Optional<Path> contentDir;
    private final Path dataDir;
    private final Map<String, String> env;
    private final PlatformOutboxes outboxes = new PlatformOutboxes();
    private final CopyOnWriteArrayList<QuizListener> quizListeners = new CopyOnWriteArrayList<>();
    private ContentBank bank;
    private Database store;
    private QuizService quiz;
    private ChatService chatService;
    private ChatService platformChatService;

    public Wiring(Optional<Path> contentDir) {
        this(contentDir, Path.of("data"), System.getenv());
    }

    /**
     * @param dataDir where the embedded H2 store lives (file {@code wenda.mv.db})
     * @param env the environment; {@value #DB_URL_ENV} there points the store at another database
     */
    public Wiring(Optional<Path> contentDir, Path dataDir, Map<String, String> env) {
        this.contentDir = contentDir;
        this.dataDir = dataDir;
        this.env = Map.copyOf(env);
    }

    /** The content bank: the user's folder when given, else the bundled one. */
    public synchronized ContentBank bank() {
        if (bank == null) {
            bank = contentDir.map(ContentBank::load).orElseGet(ContentBank::bundled);
        }
        return bank;
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
            chatService = new ChatDispatcher(missing, quizService, missing, new HelpService());
        }
        return chatService;
    }

    /**
     * The chat service for Discord and Slack: {@link #chatService()} behind per-user and
     * per-channel rate limits.
     */
    public synchronized ChatService platformChatService(RateLimits limits) {
        if (platformChatService == null) {
            platformChatService = new RateLimitedChatService(chatService(), limits, Ticker.systemTicker());
        }
        return platformChatService;
    }

    /**
     * The database: {@value #DB_URL_ENV} when set, else an H2 file under the data directory;
     * migrated on open.
     */
    public synchronized Database store() {
        if (store == null) {
            String url = env.get(DB_URL_ENV);
            store = Database.open(url == null || url.isBlank() ? StoreConfig.h2File(dataDir) : StoreConfig.url(url));
        }
        return store;
    }

    /**
     * Quiz rounds, leaderboards, groups and review, posting through {@link #outboxes()}. Building it
     * resumes open rounds of the platforms registered by then; an adapter that registers later calls
     * {@code quiz().recover(Set.of(platform))}. Numeric questions are off until calc
     * is wired; the question pool is the bank without search (closeness by tags and bigrams).
     */
    public synchronized QuizService quiz() {
        if (quiz == null) {
            Clock clock = Clock.systemUTC();
            Database db = store();
            Boards boards = new Boards(db);
            QuizEngine engine = new QuizEngine(
                    new QuizStore(db),
                    boards,
                    new BankQuestionPool(bank().entries()),
                    NumericQuestionSource.none(),
                    outboxes,
                    new ExecutorScheduler("wenda-quiz-timer", 4),
                    clock,
                    new SplittableRandom(),
                    event -> quizListeners.forEach(listener -> listener.on(event)),
                    QuizSettings.defaults(env.getOrDefault("HOSTNAME", "wenda")));
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
}
