package dev.wenda.bot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.admin.BankChat;
import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.ContentReloader;
import dev.wenda.bot.admin.DeckImport;
import dev.wenda.bot.admin.DeckUploads;
import dev.wenda.bot.admin.DigestKeeper;
import dev.wenda.bot.admin.GapGroups;
import dev.wenda.bot.admin.GapReport;
import dev.wenda.bot.admin.StoredDeckCredits;
import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.BankDrafts;
import dev.wenda.bot.ask.QuestionLinks;
import dev.wenda.bot.ask.QueuedGaps;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.guard.RateLimitedChatService;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.ops.CorrelatedChatService;
import dev.wenda.bot.ops.CorrelationIds;
import dev.wenda.bot.ops.OpsServer;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.bot.ops.ReadinessCheck;
import dev.wenda.bot.quiz.IdSource;
import dev.wenda.bot.quiz.NumericQuestionSource;
import dev.wenda.bot.quiz.QuizListener;
import dev.wenda.bot.quiz.QuizService;
import dev.wenda.bot.quiz.QuizSettings;
import dev.wenda.bot.quiz.RoundLeases;
import dev.wenda.bot.quiz.ScheduleKeeper;
import dev.wenda.bot.slack.SlackBot;
import dev.wenda.bot.store.BankDraftStore;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.CommunitySettings;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.DeckDryRuns;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.GapStore;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.web.LinkSigner;
import dev.wenda.bot.web.WebData;
import dev.wenda.bot.web.WebLinks;
import dev.wenda.bot.web.WebServer;
import dev.wenda.bot.web.WebSite;
import dev.wenda.content.ContentBank;
import dev.wenda.search.BgeEmbedder;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The composition root: builds every service in plain Java and hands each runner ({@code serve},
 * the console, the CLI commands) what it needs. Parts are built on first use, so a command only pays
 * for what it uses ({@code wenda calc} never loads the index). One clock, one random source (each
 * part gets its own split of it) and one round-id source, created once per process.
 */
public final class Wiring {
    private final WendaConfig config;
    private final Clock clock;
    private final PrometheusMetrics metrics = new PrometheusMetrics();
    private final PlatformOutboxes outboxes = new PlatformOutboxes();
    private final List<QuizListener> quizListeners = new CopyOnWriteArrayList<>();
    private final Numerics numerics = new Numerics();
    private final SearchParts searchParts;
    private final ServedBank bank;
    private final Lazy<Database> store;
    private final Lazy<QuizParts> quiz;
    private final Lazy<RoundLeases> roundLeases;
    private final Lazy<ScheduleKeeper> scheduleKeeper;
    private final Lazy<AskHandler> ask;
    private final Lazy<QueuedGaps> gapWriter;
    private final BankParts banks;
    private final Lazy<ContentReloader> reloader;
    private final Lazy<BankChat> bankChat;
    /** The gap groupings, shared by the chat {@code gaps} command and the web's gaps page. */
    private final GapGroups gapGroups;

    private final Lazy<GapReport> gapReport;
    private final DigestParts digests;
    private final Lazy<DeckUploads> deckUploads;
    private final Lazy<ChatService> chat;
    private final Lazy<ChatService> platformChat;
    private final Platforms platforms;

    /** Built from a loaded configuration ({@code wenda serve}), on the system clock. */
    public Wiring(WendaConfig config) {
        this(config, Clock.systemUTC(), new SplittableRandom(), Optional.empty());
    }

    /**
     * @param random the process's one random source; quiz shuffles, correlation ids and round ids
     *     each get a split of it
     * @param roundIds round ids; empty for random ones drawn from {@code random}
     */
    public Wiring(WendaConfig config, Clock clock, SplittableRandom random, Optional<IdSource> roundIds) {
        this.config = config;
        this.clock = clock;
        this.searchParts =
                new SearchParts(config.search().dense(), config.content().dir());
        this.bank = new ServedBank(config.content().dir());
        SplittableRandom quizRandom = random.split();
        SplittableRandom correlation = random.split();
        IdSource ids = roundIds.orElseGet(() -> IdSource.random(random.split()));
        SplittableRandom uploadTokens = random.split();
        QuizSettings settings = QuizSettings.defaults(config.instance().id())
                .withLease(config.quiz().lease());
        this.store = new Lazy<>(() -> Database.open(
                StoreConfig.url(PlatformSettings.jdbcUrl(config.db()))
                        .withPoolSize(config.db().poolSize()),
                Optional.of(metrics.poolMetrics())));
        this.quiz = new Lazy<>(() -> {
            QuizParts parts = new QuizParts(
                    store.get(),
                    bank.get(),
                    searchParts::built,
                    numerics.questionSource(),
                    outboxes,
                    clock,
                    quizRandom,
                    ids,
                    event -> quizListeners.forEach(listener -> listener.on(event)),
                    settings,
                    config.quiz().zone());
            // Rounds of the platforms registered by now resume; one registered later calls recover.
            parts.service.recover(outboxes.registered());
            if (outboxes.registered().contains(Platform.CONSOLE)) {
                // The console fires its own channel's schedules while it runs; serve fires the platforms'.
                parts.schedules(address -> address.platform() == Platform.CONSOLE)
                        .start();
            }
            return parts;
        });
        this.roundLeases =
                new Lazy<>(() -> quiz.get().leases(PlatformSettings.takeover(config), metrics, quizListeners::add));
        this.scheduleKeeper = new Lazy<>(() -> quiz.get().schedules(PlatformSettings.schedulable(config)));
        this.banks = new BankParts(store, this::search, clock, bankLimits());
        // The questions behind "Add to bank" buttons: kept by the ask flow, read by the bank's form,
        // in the store so that a press reaching another process finds them.
        BankDrafts drafts =
                new StoredBankDrafts(() -> new BankDraftStore(store.get()), QuestionLinks.randomTokens(), clock);
        this.gapWriter = new Lazy<>(() ->
                QueuedGaps.bounded(new StoredGaps(() -> new GapStore(store.get())), QueuedGaps.CAPACITY, metrics));
        this.ask = new Lazy<>(() -> new AskHandler(
                banks::search,
                (question, locale) -> numerics.questions().answer(question, locale),
                new StoredFeedback(() -> new FeedbackStore(store.get())),
                clock,
                metrics,
                System::nanoTime,
                gapWriter.get(),
                new QuestionLinks(QuestionLinks.randomTokens()),
                (community, question, entryId, texts) ->
                        BankChat.link(banks.bank(), community, question, entryId, texts),
                drafts,
                new StoredDeckCredits(() -> new CommunityEntries(store.get()), clock)));
        this.reloader =
                new Lazy<>(() -> new ContentReloader(bank.dir(), ContentBank::load, List.of(this::swapContent)));
        this.gapReport = new Lazy<>(
                () -> new GapReport(banks.search().embedder().orElseGet(() -> new BgeEmbedder(Runnable::run, false))));
        this.gapGroups = new GapGroups(() -> new GapStore(store.get()), gapReport::get);
        this.bankChat = new Lazy<>(() -> new BankChat(banks::bank, gapGroups, drafts, bankLimits()));
        this.digests = new DigestParts(
                store, gapReport, outboxes, clock, config.quiz().zone(), PlatformSettings.schedulable(config));
        this.deckUploads = new Lazy<>(() -> new DeckUploads(
                () -> new DeckImport(
                        new CommunityEntries(store.get()),
                        () -> bank.get().entries(),
                        banks::refresh,
                        bankLimits(),
                        clock),
                () -> new DeckDryRuns(store.get()),
                bankLimits(),
                clock,
                uploadTokens));
        // Each part is built on its first request: the store and the bank are loaded only then.
        this.chat = new Lazy<>(() -> new ChatDispatcher(
                request -> ask.get().handle(request),
                request -> quiz.get().service.handle(request),
                numerics.chatService(),
                new HelpService(),
                request -> switch (request) {
                    case ChatRequest.ReloadContent r -> reloader.get().handle(r);
                    case ChatRequest.GapDigest d -> digests.settings().handle(d);
                    case ChatRequest.ImportDeck i -> deckUploads.get().handle(i);
                    case ChatRequest.Click c
                    when ActionId.parse(c.actionId()) instanceof ActionId.ImportDeck ->
                        deckUploads.get().handle(c);
                    default -> bankChat.get().handle(request);
                },
                webLinks()));
        this.platformChat = new Lazy<>(() -> new CorrelatedChatService(
                new RateLimitedChatService(
                        chat.get(), PlatformSettings.rateLimits(config.limits()), Ticker.systemTicker()),
                metrics,
                new CorrelationIds(correlation)::next,
                System::nanoTime));
        this.platforms = new Platforms(config, outboxes, metrics, platformChat, bank::get);
    }

    /**
     * What {@code wenda serve} runs: the platforms enabled in the configuration, the readiness
     * checks (the warm-ups of the bank and the store; each platform connected) and the ops
     * endpoint, with their stop sequence.
     */
    public ServeRuntime serveRuntime(Warmup index, Warmup database) {
        WendaConfig.Http http = config.http();
        Optional<Function<List<ReadinessCheck>, AutoCloseable>> ops = http.enabled()
                ? Optional.of(checks -> {
                    metrics.watchReadiness(checks);
                    return OpsServer.start(http.host(), http.port(), metrics::scrape, checks);
                })
                : Optional.empty();
        return new ServeRuntime(
                platforms.enabled(),
                List.of(index.check(), database.check()),
                Endpoints.of(webServer(), ops),
                this::stopQuiz,
                List.of(new GracefulShutdown.Step(
                        "close store", () -> store.ifBuilt().ifPresent(Database::close))));
    }

    /** The study pages' server, when {@code web.enabled}. */
    private Optional<Supplier<AutoCloseable>> webServer() {
        WendaConfig.Web web = config.web();
        return signer().map(signer -> () -> WebServer.start(
                web.host(),
                web.port(),
                new WebSite(
                        WebData.of(store.get(), bank::get, banks::search, clock, Periods.DEFAULT_ZONE)
                                .withGapGroups(gapGroups),
                        signer),
                Periods.DEFAULT_ZONE));
    }

    /** {@code /wenda web}: signed links when the pages are served, else a sentence saying they are not. */
    private ChatService webLinks() {
        WendaConfig.Web web = config.web();
        return signer().<ChatService>map(signer -> new WebLinks(
                        signer,
                        web.root(),
                        Duration.ofDays(web.linkDays()),
                        clock,
                        Periods.DEFAULT_ZONE,
                        new CommunitySettings(store.get())))
                .orElse(request -> Reply.privateText(request.origin().messages().text("web.unavailable")));
    }

    private Optional<LinkSigner> signer() {
        WendaConfig.Web web = config.web();
        return web.enabled()
                ? web.secret().map(secret -> new LinkSigner(secret.reveal().getBytes(StandardCharsets.UTF_8)))
                : Optional.empty();
    }

    /**
     * Stops the quiz timers and hands the rounds on: they stay open in the store with every answer,
     * their leases end now, and another process (or this one restarted) resumes them.
     */
    private void stopQuiz() {
        scheduleKeeper.ifBuilt().ifPresent(ScheduleKeeper::close);
        digests.stop();
        banks.stop();
        gapWriter.ifBuilt().ifPresent(QueuedGaps::close);
        roundLeases.ifBuilt().ifPresent(RoundLeases::close);
        quiz.ifBuilt().ifPresent(QuizParts::stopTimers);
        roundLeases.ifBuilt().ifPresent(RoundLeases::releaseAll);
    }

    /**
     * Swaps a checked bank in: first the search index (built to the side, swapped atomically; if
     * building fails nothing has changed), then the quiz's question pool, then the bank for
     * services built later and for autocomplete.
     */
    private void swapContent(ContentBank fresh) {
        searchParts.built().ifPresent(built -> built.reload(fresh, new LoggingIndexProgress()));
        banks.bundledBankChanged();
        quiz.ifBuilt().ifPresent(parts -> parts.swap(fresh));
        bank.swap(fresh);
    }

    /** A live check of the open store: one trivial query. */
    public ReadinessCheck.Status storeAnswers() {
        Optional<Database> db = store.ifBuilt();
        if (db.isEmpty()) {
            return ReadinessCheck.Status.failing("not open");
        }
        db.get().jdbc().queryOne("select 1", row -> row.getInt(1));
        return ReadinessCheck.Status.ok();
    }

    /** Renews the leases of this process's quiz rounds and takes over those of a process that died. */
    public RoundLeases roundLeases() {
        return roundLeases.get();
    }

    /** Fires the stored quiz schedules of the channels this process can post to. */
    public ScheduleKeeper scheduleKeeper() {
        return scheduleKeeper.get();
    }

    /** Posts the weekly gap digests of the channels this process can post to. */
    public DigestKeeper digestKeeper() {
        return digests.keeper();
    }

    /** The process's clock. */
    public Clock clock() {
        return clock;
    }

    /** The content bank: the user's folder when given, else the bundled one. */
    public ContentBank bank() {
        return bank.get();
    }

    /** The outbox every platform adapter registers with; the quiz engine posts through it. */
    public PlatformOutboxes outboxes() {
        return outboxes;
    }

    /** Adds a listener for every quiz event (the console's {@code --json} mode, logs). */
    public void addQuizListener(QuizListener listener) {
        quizListeners.add(listener);
    }

    /** The one chat service every adapter talks to. */
    public ChatService chatService() {
        return chat.get();
    }

    /** {@link #chatService()} behind correlation ids, metrics and the {@code limits.*} rate limits: Discord's and Slack's. */
    public ChatService platformChatService() {
        return platformChat.get();
    }

    /** The database of the configuration ({@code db.url}: an H2 file by default, or PostgreSQL), migrated on open. */
    public Database store() {
        return store.get();
    }

    /** Quiz rounds, leaderboards, groups and review, posting through {@link #outboxes()}. */
    public QuizService quiz() {
        return quiz.get().service;
    }

    /** The Slack bot on {@link #platformChatService()}, its outbox registered for Slack channels. */
    public SlackBot slack() {
        return platforms.slack();
    }

    /** Search settings: {@code search.dense}, indexes persisted under {@code ./data}. */
    public SearchConfig searchConfig() {
        return searchParts.config();
    }

    /** Replaces the search settings; only before {@link #search()} is first used. */
    public void useSearchConfig(SearchConfig config) {
        searchParts.use(config);
    }

    /** The search service over {@link #bank()}, built on first use; progress goes to the log. */
    public SearchService search() {
        return search(new LoggingIndexProgress());
    }

    /** The search service, reporting index progress to {@code progress} when this call builds it. */
    public SearchService search(IndexProgress progress) {
        return searchParts.open(progress, bank::get, metrics);
    }

    /** Calc's random problems as quiz questions (no index, no database). */
    public NumericQuestionSource numericQuestions() {
        return numerics.questionSource();
    }

    /** Search with every community's stored entries applied (commands: read once, no poller). */
    public SearchService communitySearch(IndexProgress progress) {
        search(progress);
        return banks.searchOnce();
    }

    /** What one community may put in its own bank ({@code content.max-community-entries}). */
    public BankLimits bankLimits() {
        return BankLimits.defaults().withMaxEntries(config.content().maxCommunityEntries());
    }
    /** The numeric module: receptive field, params and MACs (no index, no database). */
    public Calc calc() {
        return numerics.calc();
    }
}
