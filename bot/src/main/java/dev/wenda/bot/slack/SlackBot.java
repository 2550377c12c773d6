package dev.wenda.bot.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.socket_mode.SocketModeClient;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.config.WendaConfig;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack adapter: a Bolt app for the {@code /wenda} command, buttons, mentions, thread replies
 * and the App Home tab, connected by Socket Mode (default) or served over HTTP at {@code
 * /slack/events} on {@link SlackSettings#host()}:{@link SlackSettings#port()}.
 *
 * <p>{@link #outbox()} works as soon as the bot is started; give it to the services that post on
 * their own (quiz rounds).
 */
public final class SlackBot implements AutoCloseable {
    /** The path Slack posts to in HTTP mode. */
    public static final String EVENTS_PATH = "/slack/events";

    private static final Logger log = LoggerFactory.getLogger(SlackBot.class);
    private static final int WORKERS = 4;
    /** Replies in flight at once (each lane serves a share of the keys, in order). */
    private static final int DELIVERY_LANES = 16;
    /** Replies one lane holds before the workers wait for it. */
    private static final int DELIVERY_CAPACITY = 256;

    private final SlackSettings settings;
    private final Slack slack;
    private final ExecutorService executor;
    private final ExecutorService outboxExecutor;
    private final SlackDeliveries deliveries;
    private final SlackMessages messages;
    private final SlackOutbox outbox;
    private final SlackListeners listeners;

    private App app;
    private SocketModeApp socketModeApp;
    private SlackHttpEndpoint server;

    public SlackBot(SlackSettings settings, ChatService service) {
        this(settings, service, SlackRetry.standard());
    }

    /** As above, with the retry of 429 and 5xx answers given (tests shorten its waits). */
    SlackBot(SlackSettings settings, ChatService service, SlackRetry retry) {
        this.settings = settings;
        SlackConfig config = new SlackConfig();
        // No per-token auth.test for metrics; the team id is not needed for anything here.
        config.setStatsEnabled(false);
        settings.apiBaseUrl().ifPresent(config::setMethodsEndpointUrlPrefix);
        this.slack = Slack.getInstance(config);
        this.executor = Executors.newFixedThreadPool(WORKERS, namedDaemons("wenda-slack-worker-"));
        // The outbox has its own threads: a handler on a worker may wait for a post to finish.
        this.outboxExecutor = Executors.newFixedThreadPool(2, namedDaemons("wenda-slack-outbox-"));
        // Replies go out on their own threads, so a worker never waits for Slack's answer.
        this.deliveries = new SlackDeliveries(
                DELIVERY_LANES, DELIVERY_CAPACITY, Duration.ofSeconds(5), namedDaemons("wenda-slack-reply-"));
        BlockKitRenderer renderer = new BlockKitRenderer();
        this.messages = new SlackMessages(slack, renderer, retry);
        BotThreads threads = new BotThreads();
        this.outbox = new SlackOutbox(messages, threads, outboxExecutor);
        this.listeners = new SlackListeners(
                service,
                messages,
                new SlackUsers(messages, settings.adminUsers()),
                threads,
                new SafeWorker(executor, deliveries),
                new HomeTab(service, renderer),
                SlackUploads.withToken(
                        slack.getHttpClient(),
                        settings.botToken(),
                        SlackUploads.TokenOrigins.of(settings.apiBaseUrl())));
    }

    /** Checks the bot token ({@code auth.test}) and connects; returns once events can arrive. */
    public synchronized void start() throws Exception {
        if (app != null) {
            throw new IllegalStateException("the Slack bot is already started");
        }
        String botToken = SlackSettings.require(settings.botToken(), "Slack bot token");
        boolean http = settings.mode() == WendaConfig.Slack.Mode.HTTP;
        String signingSecret = http ? SlackSettings.require(settings.signingSecret(), "Slack signing secret") : null;
        messages.useToken(botToken);
        App bolt = new App(AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                .signingSecret(signingSecret)
                .clientId(null)
                .clientSecret(null)
                // SlackHttpEndpoint checks every HTTP request's signature before the body is parsed
                // (SignedRequests); Socket Mode requests carry none. Bolt need not check again.
                .requestVerificationEnabled(false)
                // Edits, joins and other message subtypes arrive too; ack them so Slack does not retry.
                .allEventsApiAutoAckEnabled(true)
                .build());
        listeners.register(bolt);
        app = bolt;
        if (http) {
            startHttp(bolt);
        } else {
            String appToken = SlackSettings.require(settings.appToken(), "Slack app token");
            socketModeApp = new SocketModeApp(appToken, SocketModeClient.Backend.Tyrus, bolt);
            socketModeApp.startAsync();
            log.info("Slack bot connected through Socket Mode");
        }
    }

    private void startHttp(App bolt) throws Exception {
        SlackHttpEndpoint endpoint = new SlackHttpEndpoint(
                settings.host(), settings.port(), bolt, settings.signingSecret(), java.time.Clock.systemUTC());
        bolt.start();
        endpoint.start();
        server = endpoint;
        log.info("Slack bot listening on http://{}:{}{}", settings.host(), endpoint.port(), EVENTS_PATH);
    }

    /** The bound HTTP port (useful with port 0); -1 unless running in HTTP mode. */
    public synchronized int httpPort() {
        return server == null ? -1 : server.port();
    }

    /** Posts and edits messages in Slack channels; calls fail until {@link #start()} has run. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * True while events can arrive: the Socket Mode connection answers a ping (this may take up to
     * 3 s), or the HTTP endpoint is running.
     */
    public boolean connected() {
        SocketModeApp socket;
        SlackHttpEndpoint http;
        synchronized (this) {
            socket = socketModeApp;
            http = server;
        }
        if (socket != null) {
            return !socket.isClientStopped()
                    && socket.getClient() != null
                    && socket.getClient().verifyConnection();
        }
        return http != null && http.running();
    }

    /**
     * Takes no new events: disconnects Socket Mode or stops the HTTP endpoint. Work already taken
     * finishes and the outbox keeps posting until {@link #stop()}.
     */
    public synchronized void stopAccepting() {
        try {
            if (socketModeApp != null) {
                socketModeApp.stop();
            }
            if (server != null) {
                server.stop();
            }
        } catch (Exception e) {
            log.warn("Stopping Slack events failed", e);
        }
    }

    /**
     * Disconnects, stops the HTTP server and the workers (waiting up to 5 s for running work), then
     * sends the replies already handed over (waiting up to 5 s more).
     */
    public synchronized void stop() {
        try {
            if (socketModeApp != null) {
                socketModeApp.close();
            }
            if (server != null) {
                server.stop();
            }
            if (app != null) {
                app.stop();
            }
        } catch (Exception e) {
            log.warn("Stopping the Slack bot failed", e);
        } finally {
            socketModeApp = null;
            server = null;
            app = null;
        }
        executor.shutdown();
        outboxExecutor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
            deliveries.close();
            if (!outboxExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                outboxExecutor.shutdownNow();
            }
            slack.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Closing the Slack client failed", e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private static ThreadFactory namedDaemons(String prefix) {
        AtomicInteger next = new AtomicInteger(1);
        return task -> {
            Thread thread = new Thread(task, prefix + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        };
    }
}
