package dev.wenda.bot.app;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.guard.RateLimitedChatService;
import dev.wenda.bot.guard.RateLimits;
import dev.wenda.bot.help.HelpService;
import dev.wenda.bot.ops.CorrelatedChatService;
import dev.wenda.bot.ops.CorrelationIds;
import dev.wenda.bot.ops.OpsServer;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.bot.ops.ReadinessCheck;
import dev.wenda.content.ContentBank;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The composition root: builds every service in plain Java, lazily, so a command only pays for
 * what it uses ({@code wenda calc} never loads the index). One instance per process.
 */
public final class Wiring {
    private final WendaConfig config;
    private final Optional<Path> contentDir;
    private final PlatformOutboxes outboxes = new PlatformOutboxes();
    private ContentBank bank;
    private ChatService chatService;
    private ChatService platformChatService;

    private PrometheusMetrics metrics;

    /** Every default, reading Q&A files from {@code contentDir} when given. */
    public Wiring(Optional<Path> contentDir) {
        this(contentDir.map(WendaConfig.defaults()::withContentDir).orElseGet(WendaConfig::defaults));
    }

    /** Built from a loaded configuration ({@code wenda serve}). */
    public Wiring(WendaConfig config) {
        this.config = config;
        this.contentDir = config.content().dir();
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
            chatService = new ChatDispatcher(missing, missing, missing, new HelpService());
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
}
