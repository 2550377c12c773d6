package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.config.ShardRange;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.events.StatusChangeEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.sharding.DefaultShardManagerBuilder;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;
import net.dv8tion.jda.api.utils.messages.MessageRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Discord side of Wenda: connects the configured shards, registers the slash commands and
 * answers through a {@link ChatService}. {@link #outbox()} exists before {@link #start} so the
 * quiz engine can be built first; it fails its futures until the bot runs.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    private static final int WORKERS = 4;

    private final DiscordConfig config;
    private final DiscordRenderer renderer = new DiscordRenderer();
    private final LongAnswers longAnswers = new LongAnswers();
    private final DiscordOutbox outbox;
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private final Object statusLock = new Object();
    private volatile ShardManager shards;
    private ExecutorService worker;

    public DiscordBot(DiscordConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.outbox = new DiscordOutbox(() -> Optional.ofNullable(shards), renderer, longAnswers);
    }

    /** Posts and edits messages in Discord channels on the bot's own initiative. */
    public Outbox outbox() {
        return outbox;
    }

    /**
     * Connects to Discord. Returns once the shards are queued; see {@link #awaitReady}.
     *
     * @param questions completes {@code /ask question:}
     * @param topics completes {@code /quiz start topic:}
     */
    public synchronized void start(ChatService service, QuestionSuggester questions, QuestionSuggester topics) {
        if (shards != null) {
            throw new IllegalStateException("the Discord bot is already started");
        }
        accepting.set(true);
        // Nothing Wenda posts may ping anyone; every message also sets this explicitly.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        worker = Executors.newFixedThreadPool(
                WORKERS,
                Thread.ofPlatform().name("wenda-discord-", 1).daemon(true).factory());
        Responder responder = new Responder(service, worker, renderer, longAnswers);
        DiscordListener listener =
                new DiscordListener(config, responder, longAnswers, worker, questions, topics, accepting::get);
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        config.token().get(), intents())
                .setEnableShutdownHook(false)
                .addEventListeners(listener, new StatusWatcher());
        config.shards().ifPresent(spec -> builder.setShardsTotal(spec.total()).setShards(spec.first(), spec.last()));
        config.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        config.gatewayUrl().ifPresent(url -> builder.setSessionController(new FixedGateway(url)));
        shards = builder.build();
        LOG.info("Discord bot starting: {}", config);
    }

    /** Waits until every shard of this process is connected; false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (statusLock) {
            while (!connected()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(statusLock, left);
            }
            return true;
        }
    }

    /** True while every shard of this process is connected to the gateway (for readiness checks). */
    public boolean connected() {
        ShardManager running = shards;
        if (running == null) {
            return false;
        }
        List<JDA> all = running.getShards();
        return all.size() == expectedShards()
                && all.stream().allMatch(shard -> shard.getStatus() == JDA.Status.CONNECTED);
    }

    /**
     * Stops taking new work before shutdown: interactions get a short "restarting" notice, messages
     * are ignored. Replies already being prepared are still sent.
     */
    public void stopAccepting() {
        accepting.set(false);
    }

    private int expectedShards() {
        return config.shards().map(ShardRange::count).orElseGet(() -> shards == null ? 1 : shards.getShardsTotal());
    }

    /**
     * Lets answers in progress finish (a few seconds at most), then disconnects every shard. JDA
     * still sends the requests those answers queued before it closes.
     */
    public synchronized void stop() {
        ShardManager running = shards;
        if (running == null) {
            return;
        }
        accepting.set(false);
        worker.shutdown();
        try {
            if (!worker.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.warn("Discord answers still running after 5 s; interrupting them");
                worker.shutdownNow();
            }
            List<JDA> connected = running.getShards();
            running.shutdown();
            for (JDA shard : connected) {
                if (!shard.awaitShutdown(5, TimeUnit.SECONDS)) {
                    shard.shutdownNow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            worker.shutdownNow();
            running.shutdown();
        }
        shards = null;
    }

    @Override
    public void close() {
        stop();
    }

    private EnumSet<GatewayIntent> intents() {
        EnumSet<GatewayIntent> intents = EnumSet.of(GatewayIntent.GUILD_MESSAGES, GatewayIntent.DIRECT_MESSAGES);
        if (config.messageContent()) {
            intents.add(GatewayIntent.MESSAGE_CONTENT);
        }
        return intents;
    }

    /**
     * Wakes {@link #awaitReady} whenever a shard's status changes; logs the invite link (the
     * application's id, the scopes and {@link DiscordInvite#PERMISSIONS}) once, when the first shard
     * is ready.
     */
    private final class StatusWatcher extends ListenerAdapter {
        private final AtomicBoolean inviteLogged = new AtomicBoolean();

        @Override
        public void onReady(ReadyEvent event) {
            if (inviteLogged.compareAndSet(false, true)) {
                LOG.info(
                        "Invite Wenda to a server (permissions {}): {}",
                        DiscordInvite.permissions(),
                        DiscordInvite.url(event.getJDA().getSelfUser().getApplicationIdLong()));
            }
        }

        @Override
        public void onStatusChange(StatusChangeEvent event) {
            synchronized (statusLock) {
                statusLock.notifyAll();
            }
        }
    }

    /** Uses a fixed gateway URL instead of asking Discord's {@code GET /gateway/bot} (tests). */
    private static final class FixedGateway extends ConcurrentSessionController {
        private final String url;

        FixedGateway(String url) {
            this.url = url;
        }

        @Override
        public String getGateway() {
            return url;
        }

        @Override
        public ShardedGateway getShardedGateway(JDA api) {
            return new ShardedGateway(url, api.getShardInfo().getShardTotal());
        }
    }
}
