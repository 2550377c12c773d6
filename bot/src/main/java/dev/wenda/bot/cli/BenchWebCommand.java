package dev.wenda.bot.cli;

import com.github.benmanes.caffeine.cache.Ticker;
import dev.wenda.bot.board.Periods;
import dev.wenda.bot.quiz.Kind;
import dev.wenda.bot.quiz.Question;
import dev.wenda.bot.quiz.QuestionCodec;
import dev.wenda.bot.store.AnswerDraft;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.StoreConfig;
import dev.wenda.bot.web.Grant;
import dev.wenda.bot.web.LinkSigner;
import dev.wenda.bot.web.WebData;
import dev.wenda.bot.web.WebRequest;
import dev.wenda.bot.web.WebResponse;
import dev.wenda.bot.web.WebSite;
import dev.wenda.content.ContentBank;
import dev.wenda.search.SearchService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code wenda bench web}: seeds a PostgreSQL schema with {@code --players} players and about
 * {@code --answers} answers spread over 90 days (5 players per question, 10 questions per round),
 * and their board totals, then renders the leaderboard pages (this week, this month, all time, in
 * turn; uncached, cached, and cached while answers are recorded) and players' own pages, and prints
 * p50 / p99 / mean per page kind.
 */
@Command(
        name = "web",
        mixinStandardHelpOptions = true,
        description = "Seed PostgreSQL with players and answers, then time the boards and player pages.")
final class BenchWebCommand implements Callable<Integer> {
    private static final int PER_QUESTION = 5;
    private static final int QUESTIONS = 10;
    /** In the last boards run, an answer is recorded before every this many pages (each drops the cache). */
    private static final int ANSWER_EVERY = 20;

    private static final long SPAN_MS = Duration.ofDays(90).toMillis();

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

    @Option(names = "--db-url", required = true, paramLabel = "URL", description = "A jdbc:postgresql: URL.")
    String url;

    @Option(
            names = "--schema",
            paramLabel = "NAME",
            description = "Schema to seed (dropped first; default wenda_bench_web).")
    String schema = "wenda_bench_web";

    @Option(names = "--players", paramLabel = "N", description = "Players (default 10000).")
    int players = 10_000;

    @Option(names = "--answers", paramLabel = "N", description = "Answers, about (default 1000000).")
    int answers = 1_000_000;

    @Option(names = "--requests", paramLabel = "N", description = "Timed requests per page kind (default 300).")
    int requests = 300;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed requests per page kind first (default 50).")
    int warmup = 50;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!url.startsWith("jdbc:postgresql:")) {
            spec.commandLine()
                    .getErr()
                    .println("bench web: --db-url must be a jdbc:postgresql: URL, was '" + url + "'");
            return 2;
        }
        if (!schema.matches("[a-z_][a-z0-9_]{0,40}") || players < 10 || answers < 1000 || requests < 1) {
            spec.commandLine()
                    .getErr()
                    .println("bench web: need --schema [a-z0-9_], --players >= 10, --answers >= 1000,"
                            + " --requests >= 1");
            return 2;
        }
        dropSchema();
        Instant now = Instant.now();
        StoreConfig base = StoreConfig.url(url).withSchema(schema).withPoolSize(4);
        // Seeding a million rows on a busy machine can outlast the store's 5 s statement timeout.
        StoreConfig config = new StoreConfig(
                base.jdbcUrl(), base.schema(), base.poolSize(), base.connectTimeout(), Duration.ofMinutes(5));
        try (Database db = Database.open(config)) {
            long start = System.nanoTime();
            long seeded = seed(db, now.toEpochMilli());
            out.printf(
                    Locale.ROOT,
                    "seeded %d players, %d answers in %.1f s%n",
                    players,
                    seeded,
                    (System.nanoTime() - start) / 1e9);
            byte[] secret = new byte[32];
            new SplittableRandom(7).nextBytes(secret);
            LinkSigner signer = new LinkSigner(secret);
            ContentBank bank = ContentBank.bundled();
            Clock clock = Clock.fixed(now, ZoneOffset.UTC);
            Supplier<SearchService> noSearch = () -> {
                throw new IllegalStateException("bench web does not search");
            };
            WebSite uncached = new WebSite(
                    WebData.of(
                            db,
                            () -> bank,
                            noSearch,
                            clock,
                            Periods.DEFAULT_ZONE,
                            Duration.ZERO,
                            Ticker.systemTicker()),
                    signer);
            WebSite cached = new WebSite(WebData.of(db, () -> bank, noSearch, clock, Periods.DEFAULT_ZONE), signer);
            SplittableRandom random = new SplittableRandom(42);
            List<String> periods = List.of("week", "month", "all");
            IntFunction<WebRequest> boards = i -> WebRequest.get(
                    "/w/DISCORD/bench/boards",
                    Map.of(
                            "t",
                            signer.sign(grant(random.nextInt(players), now)),
                            "period",
                            periods.get(i % 3),
                            "lang",
                            "en"),
                    "");
            // The seed wrote answers only: total them into board_totals and board_players as V18 does.
            sql(
                    "set search_path = " + schema,
                    statement("db/migration/V18__board_totals.sql", "insert into board_totals"),
                    statement("db/migration/V18__board_totals.sql", "insert into board_players"));
            sql(
                    "vacuum analyze " + schema + ".answers",
                    "vacuum analyze " + schema + ".rounds",
                    "vacuum analyze " + schema + ".board_totals",
                    "vacuum analyze " + schema + ".board_players");
            out.printf(Locale.ROOT, "%-24s %8s %8s %8s%n", "page", "p50 ms", "p99 ms", "mean ms");
            report(out, "boards, no cache", time(boards, uncached, i -> {}));
            report(out, "boards, cached", time(boards, cached, i -> {}));
            QuizStore quiz = new QuizStore(db);
            report(out, "boards, cached, answers", time(boards, cached, i -> {
                if (i % ANSWER_EVERY == 0) {
                    quiz.recordAnswer(
                            new AnswerDraft(
                                    "r0",
                                    1,
                                    "late" + i,
                                    "late " + i,
                                    "A",
                                    true,
                                    true,
                                    "topic1",
                                    "e1",
                                    now.toEpochMilli()),
                            OptionalInt.empty(),
                            false,
                            (first, streak) -> 1);
                }
            }));
            report(
                    out,
                    "player",
                    time(
                            i -> WebRequest.get(
                                    "/w/DISCORD/bench/player/me",
                                    Map.of("t", signer.sign(grant(random.nextInt(players), now)), "lang", "en"),
                                    ""),
                            cached,
                            i -> {}));
        }
        out.flush();
        return 0;
    }

    /** Times {@code requests} pages after {@code warmup} untimed ones; {@code before} runs untimed ahead of each. */
    private long[] time(IntFunction<WebRequest> request, WebSite site, IntConsumer before) {
        for (int i = 0; i < warmup; i++) {
            check(site.handle(request.apply(i)));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            before.accept(i);
            WebRequest r = request.apply(i);
            long t0 = System.nanoTime();
            WebResponse page = site.handle(r);
            nanos[i] = System.nanoTime() - t0;
            check(page);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void check(WebResponse page) {
        if (page.status() != 200) {
            throw new IllegalStateException("bench page answered " + page.status());
        }
    }

    private static void report(PrintWriter out, String name, long[] sorted) {
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        out.printf(Locale.ROOT, "%-24s %8.1f %8.1f %8.1f%n", name, pct(sorted, 0.50), pct(sorted, 0.99), mean);
    }

    private static double pct(long[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static Grant grant(int player, Instant now) {
        return new Grant("DISCORD", "bench", "c0", "u" + player, Grant.Access.USER, now.plus(Duration.ofDays(1)));
    }

    /** Rounds, questions and answers in three set-based inserts; returns the answers written. */
    private long seed(Database db, long now) {
        int rounds = Math.max(1, answers / (PER_QUESTION * QUESTIONS));
        long gap = SPAN_MS / rounds;
        String payload = new QuestionCodec()
                .encode(new Question.Options(
                        Kind.CHOICE,
                        "e1",
                        "cnn",
                        "Why use residual connections?",
                        List.of("They ease gradient flow", "x", "y", "z"),
                        0,
                        "Why use residual connections?",
                        "They ease gradient flow"));
        db.jdbc()
                .update(
                        "insert into rounds (id, platform, community, channel, channel_key, starter_id, starter_name, topic,"
                                + " locale, personal, question_count, seconds, status, current_no, started_at, ended_at)"
                                + " select 'r' || g, 'DISCORD', 'bench', 'c' || (g % 20), 'DISCORD:bench:c' || g, 'u' || (g % ?),"
                                + " 'player ' || (g % ?), '', 'en', false, 10, 30, 'ENDED', 10, ? - g * ?, ? - g * ? + 300000"
                                + " from generate_series(0, ? - 1) g",
                        players, players, now, gap, now, gap, rounds);
        db.jdbc()
                .update(
                        "insert into round_questions (round_id, question_no, kind, entry_id, topic, payload, posted_at,"
                                + " closes_at, revealed) select 'r' || g, q, 'CHOICE', 'e' || ((g * 10 + q) % 500),"
                                + " 'topic' || ((g + q) % 12), ?, ? - g * ? + q * 30000, ? - g * ? + q * 30000 + 30000, true"
                                + " from generate_series(0, ? - 1) g cross join generate_series(1, 10) q",
                        payload, now, gap, now, gap, rounds);
        return db.jdbc()
                .update(
                        "insert into answers (round_id, question_no, user_id, user_name, answer, graded, correct, first_correct,"
                                + " points, streak, topic, entry_id, answered_at)"
                                + " select 'r' || g, q, 'u' || ((g * 7 + k * 2003) % ?), 'player ' || ((g * 7 + k * 2003) % ?),"
                                + " 'A', true, (g + q + k) % 3 <> 0, k = 0 and (g + q) % 3 <> 0,"
                                + " case when (g + q + k) % 3 <> 0 then 10 - k else 0 end, (g + q + k) % 4,"
                                + " 'topic' || ((g + q) % 12), 'e' || ((g * 10 + q) % 500), ? - g * ? + q * 30000 + k * 1000"
                                + " from generate_series(0, ? - 1) g cross join generate_series(1, 10) q"
                                + " cross join generate_series(0, 4) k",
                        players, players, now, gap, rounds);
    }

    /** Runs each statement on its own connection in autocommit (VACUUM refuses a transaction). */
    private void sql(String... statements) {
        try (var c = java.sql.DriverManager.getConnection(url);
                var s = c.createStatement()) {
            for (String statement : statements) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("bench web: " + e.getMessage(), e);
        }
    }

    /** The statement of a bundled migration that starts with {@code start} (comments removed). */
    private static String statement(String resource, String start) {
        try (var in = BenchWebCommand.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            String text =
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
            return Arrays.stream(text.split(";"))
                    .map(String::strip)
                    .filter(sql -> sql.startsWith(start))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException(resource + " has no statement '" + start + "'"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void dropSchema() {
        try (var c = java.sql.DriverManager.getConnection(url);
                var s = c.createStatement()) {
            s.execute("drop schema if exists " + schema + " cascade");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(
                    "cannot reach " + url.replaceAll("password=[^&]*", "password=****") + ": " + e.getMessage(), e);
        }
    }
}
