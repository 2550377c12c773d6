package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Outbox;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message;
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
    private final CountDownLatch ready;
    private volatile ShardManager shards;
    private ExecutorService worker;

    public DiscordBot(DiscordConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        this.outbox = new DiscordOutbox(() -> Optional.ofNullable(shards), renderer, longAnswers);
        this.ready = new CountDownLatch(config.shards().count());
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
        // Nothing Wenda posts may ping anyone; every message also sets this explicitly.
        MessageRequest.setDefaultMentions(EnumSet.noneOf(Message.MentionType.class));
        MessageRequest.setDefaultMentionRepliedUser(false);
        worker = Executors.newFixedThreadPool(
                WORKERS,
                Thread.ofPlatform().name("wenda-discord-", 1).daemon(true).factory());
        Responder responder = new Responder(service, worker, renderer, longAnswers);
        DiscordListener listener = new DiscordListener(config, responder, longAnswers, worker, questions, topics);
        ShardSpec spec = config.shards();
        DefaultShardManagerBuilder builder = DefaultShardManagerBuilder.createLight(
                        config.token().get(), intents())
                .setShardsTotal(spec.total())
                .setShards(spec.first(), spec.last())
                .setEnableShutdownHook(false)
                .addEventListeners(listener, new ReadyCounter());
        config.restBaseUrl().ifPresent(url -> builder.setRestConfig(new RestConfig().setBaseUrl(url)));
        config.gatewayUrl().ifPresent(url -> builder.setSessionController(new FixedGateway(url)));
        shards = builder.build();
        LOG.info("Discord bot starting: {}", config);
    }

    /** Waits until every shard of this process is connected; false on timeout. */
    public boolean awaitReady(Duration timeout) throws InterruptedException {
        return ready.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Disconnects every shard and stops the worker threads. */
    public synchronized void stop() {
        ShardManager running = shards;
        if (running == null) {
            return;
        }
        List<JDA> connected = running.getShards();
        running.shutdown();
        for (JDA shard : connected) {
            try {
                if (!shard.awaitShutdown(5, TimeUnit.SECONDS)) {
                    shard.shutdownNow();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        worker.shutdownNow();
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

    private final class ReadyCounter extends ListenerAdapter {
        @Override
        public void onReady(ReadyEvent event) {
            ready.countDown();
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
