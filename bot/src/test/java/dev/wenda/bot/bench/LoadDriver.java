package dev.wenda.bot.bench;

import dev.wenda.bot.app.Wiring;
import dev.wenda.bot.bench.AnswerLedger.Reconciliation;
import dev.wenda.bot.bench.AnswerLedger.StoredAnswer;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.discord.DiscordBot;
import dev.wenda.bot.discord.DiscordConfig;
import dev.wenda.bot.discord.QuestionSuggester;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscord;
import dev.wenda.bot.guard.RateLimits;
import dev.wenda.bot.slack.SlackBot;
import dev.wenda.bot.slack.SlackRequests;
import dev.wenda.bot.slack.fake.FakeSlackApi;
import dev.wenda.bot.store.AnswerRow;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.content.QaEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The load bench of issue 9: asks at a steady rate through real JDA (fake Discord gateway and REST)
 * and real Bolt (signed Slack requests), plus quiz rounds in many Slack channels, all on loopback,
 * with the real services of {@link Wiring} behind them (search on the bundled bank, the quiz engine
 * on H2). Prints errors, ask latency percentiles, the answer reconciliation and, after a soak, the
 * heap trend. Not a test: run it with {@code bench/load.sh}.
 */
@Command(name = "load", mixinStandardHelpOptions = true, description = "Wenda load bench on loopback fakes.")
public final class LoadDriver implements Callable<Integer> {
    @Option(names = "--seconds", defaultValue = "60", description = "length of the measured load phase")
    int seconds;

    @Option(names = "--asks-per-second", defaultValue = "200", description = "asks sent per second, both platforms")
    double asksPerSecond;

    @Option(names = "--channels", defaultValue = "20", description = "Slack channels running quiz rounds")
    int channels;

    @Option(names = "--players", defaultValue = "50", description = "players answering in each quiz channel")
    int players;

    @Option(names = "--soak-seconds", defaultValue = "0", description = "same traffic afterwards, heap sampled")
    int soakSeconds;

    @Option(names = "--sample-seconds", defaultValue = "10", description = "heap sample interval in the soak")
    int sampleSeconds;

    @Option(
            names = "--warmup-seconds",
            defaultValue = "45",
            description = "asks at a tenth of the rate first (JIT warm-up)")
    int warmupSeconds;

    @Option(names = "--question-seconds", defaultValue = "10", description = "seconds per quiz question")
    int questionSeconds;

    @Option(names = "--questions", defaultValue = "3", description = "questions per quiz round")
    int questions;

    @Option(names = "--ask-users", defaultValue = "1000", description = "users the asks rotate over, per platform")
    int askUsers;

    @Option(names = "--db-url", description = "JDBC URL (default: a fresh in-memory H2)")
    Optional<String> dbUrl;

    @Option(names = "--db-user", defaultValue = "sa", description = "database user (PostgreSQL: e.g. postgres)")
    String dbUser;

    @Option(
            names = "--pg-fresh-schema",
            description = "with a PostgreSQL --db-url: create a new schema for the run, drop it afterwards")
    boolean freshSchema;

    public static void main(String[] args) {
        System.exit(new CommandLine(new LoadDriver()).execute(args));
    }

    /**
     * The bench's limits: the per-user limits are the defaults (so asks rotate over many users); the
     * per-channel limit is raised because the fake Discord guild has one channel all asks go to.
     */
    static RateLimits benchLimits() {
        RateLimits defaults = RateLimits.defaults();
        return new RateLimits(defaults.userRequests(), 100_000, defaults.userAnswers(), defaults.window());
    }

    @Override
    public Integer call() throws Exception {
        String url =
                dbUrl.orElse("jdbc:h2:mem:load_" + UUID.randomUUID().toString().substring(0, 8) + ";DB_CLOSE_DELAY=-1");
        if (url.startsWith("jdbc:postgresql:") && !freshSchema && !url.contains("currentSchema=")) {
            throw new CommandLine.ParameterException(
                    new CommandLine(this),
                    "a PostgreSQL --db-url needs --pg-fresh-schema or currentSchema=, so the run never writes to public");
        }
        if (freshSchema) {
            FreshSchema schema = FreshSchema.create(url, dbUser);
            try {
                return run(schema.url());
            } finally {
                schema.drop();
            }
        }
        return run(url);
    }

    private int run(String url) throws Exception {
        Report report = new Report(System.out);
        report.line("machine: " + Machine.describe());
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(
                4, Thread.ofPlatform().name("load-timer-", 1).daemon(true).factory());
        Errors errors = new Errors();
        try (FakeDiscord discord = new FakeDiscord(8);
                FakeSlackApi slackApi = new FakeSlackApi()) {
            discord.rest.keepRequests(false);
            slackApi.keepCalls(false);
            Wiring wiring = new Wiring(
                    new ConfigLoader(environment(url, slackApi.apiBase()), () -> "load").load(Optional.empty()));
            long t0 = System.nanoTime();
            List<String> askQuestions = questions(wiring);
            wiring.search();
            wiring.quiz();
            report.line("services ready in %.1f s (bank %d entries, search index, quiz store on %s)"
                    .formatted(
                            (System.nanoTime() - t0) / 1e9,
                            wiring.bank().entries().size(),
                            redact(url)));
            // Discord's endpoints are not configuration keys, so the bot is built here on the same
            // rate-limited chat service wenda serve gives it; Slack is Wiring's own, from config.
            DiscordBot discordBot = new DiscordBot(DiscordConfig.of(() -> "fake-token")
                    .withCommandGuilds(List.of(DiscordPayloads.GUILD))
                    .withEndpoints(discord.rest.baseUrl(), discord.gateway.url()));
            wiring.outboxes().register(Platform.DISCORD, discordBot.outbox());
            discordBot.start(wiring.platformChatService(), QuestionSuggester.none(), QuestionSuggester.none());
            if (!discordBot.awaitReady(Duration.ofSeconds(30))) {
                throw new IllegalStateException("JDA did not become ready against the fake Discord");
            }
            SlackBot slackBot = wiring.slack();
            slackBot.start();
            try {
                SignedSlack slack = new SignedSlack(slackBot.httpPort(), SlackRequests.SECRET);
                AskTraffic asks = new AskTraffic(discord, slackApi, slack, askQuestions, askUsers, errors);
                QuizTraffic quiz =
                        new QuizTraffic(slackApi, slack, timer, channels, players, questionSeconds, questions, errors);
                Phases phases = new Phases(asks, quiz, errors, report);
                return phases.run(this, new QuizStore(wiring.store())) ? 0 : 1;
            } finally {
                slackBot.stop();
                discordBot.stop();
                timer.shutdownNow();
                wiring.store().close();
            }
        }
    }

    /**
     * The configuration as environment variables: the database, Slack in HTTP mode on a free
     * loopback port against the fake Web API, and the bench's rate limits (see {@link
     * #benchLimits()}).
     */
    private Map<String, String> environment(String url, String slackApi) {
        RateLimits limits = benchLimits();
        return Map.ofEntries(
                Map.entry("WENDA_DB_URL", url),
                Map.entry("WENDA_DB_USER", dbUser),
                Map.entry("WENDA_DB_POOL_SIZE", "10"),
                Map.entry("WENDA_INSTANCE_ID", "load"),
                Map.entry("WENDA_SLACK_MODE", "http"),
                Map.entry("WENDA_SLACK_HOST", "127.0.0.1"),
                Map.entry("WENDA_SLACK_PORT", "0"),
                Map.entry("WENDA_SLACK_BOT_TOKEN", "xoxb-fake"),
                Map.entry("WENDA_SLACK_SIGNING_SECRET", SlackRequests.SECRET),
                Map.entry("WENDA_SLACK_API_URL", slackApi),
                Map.entry("WENDA_LIMITS_USER_REQUESTS", Integer.toString(limits.userRequests())),
                Map.entry("WENDA_LIMITS_CHANNEL_REQUESTS", Integer.toString(limits.channelRequests())),
                Map.entry("WENDA_LIMITS_USER_ANSWERS", Integer.toString(limits.userAnswers())),
                Map.entry(
                        "WENDA_LIMITS_WINDOW_SECONDS",
                        Long.toString(limits.window().toSeconds())));
    }

    /** Questions as users ask them: the bank's questions, some lower-cased or cut short, and numeric ones. */
    private static List<String> questions(Wiring wiring) {
        List<String> out = new ArrayList<>();
        List<QaEntry> entries = wiring.bank().entries();
        for (int i = 0; i < entries.size(); i++) {
            String q = entries.get(i).question().strip().replaceAll("\\s+", " ");
            out.add(
                    switch (i % 4) {
                        case 1 -> q.toLowerCase(java.util.Locale.ROOT);
                        case 2 -> q.length() > 24 ? q.substring(0, q.length() * 2 / 3) : q;
                        default -> q;
                    });
            if (i % 10 == 0) {
                out.add("receptive field of 3 conv3x3 layers with stride 2");
            }
        }
        java.util.Collections.shuffle(out, new java.util.Random(9));
        return out;
    }

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** Reads back the store's rows for the rounds the driver played. */
    static List<StoredAnswer> storedAnswers(QuizStore store, Iterable<String> rounds) {
        List<StoredAnswer> rows = new ArrayList<>();
        for (String round : rounds) {
            for (QuestionRow q : store.questions(round)) {
                for (AnswerRow a : store.answers(round, q.no())) {
                    rows.add(
                            new StoredAnswer(new AnswerLedger.Slot(round, a.no(), a.userId()), a.answer(), a.points()));
                }
            }
        }
        return rows;
    }

    static String describe(Reconciliation r) {
        return ("answers sent %d, recorded %d, refused duplicates %d, late %d, other receipts %d, no receipt %d;"
                        + " lost %d, double-counted %d, stored without receipt %d, wrong answer stored %d;"
                        + " scoreboards checked %d, score mismatches %d")
                .formatted(
                        r.sent(),
                        r.recorded(),
                        r.refusedDuplicates(),
                        r.late(),
                        r.otherAcks(),
                        r.unacknowledged(),
                        r.lost(),
                        r.doubled(),
                        r.rowsWithoutAck(),
                        r.wrongAnswerStored(),
                        r.scoreboardsChecked(),
                        r.scoreMismatches());
    }
}
