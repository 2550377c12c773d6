package dev.wenda.bot.web;

import dev.wenda.bot.ask.FixtureDecisions;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.quiz.Kind;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.quiz.Question;
import dev.wenda.bot.quiz.QuestionCodec;
import dev.wenda.bot.store.AnswerDraft;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.FeedbackStore;
import dev.wenda.bot.store.QuestionRow;
import dev.wenda.bot.store.QuizStore;
import dev.wenda.bot.store.ReviewQueue;
import dev.wenda.bot.store.RoundRow;
import dev.wenda.bot.store.StudyGroups;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import dev.wenda.content.SourceRef;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchConfig;
import dev.wenda.search.SearchService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A small community on a real database: round {@code r1} in guild {@code g1}, channel {@code c1},
 * answered by alice (the reader) and by a player whose name holds markup; a round of another guild
 * ({@code g2}) that must never show; the clock on Wednesday 2026-03-18 12:00 UTC.
 */
final class WebFixture {
    static final Instant NOW = Instant.parse("2026-03-18T12:00:00Z");
    static final long ROUND_START = Instant.parse("2026-03-17T02:00:00Z").toEpochMilli();
    static final String BOB = "Bob <b>&";
    static final byte[] SECRET = "a test secret of thirty-two bytes".getBytes(StandardCharsets.UTF_8);

    final ManualClock clock = new ManualClock(NOW);
    final LinkSigner signer = new LinkSigner(SECRET);
    final ContentBank bank = new ContentBank(
            List.of(
                    entry("e1", "What does batch normalization normalize?", "Each feature over the batch.", "e2"),
                    entry("e2", "Why use residual connections?", "They ease **gradient** flow."),
                    entry(
                            "e3",
                            "What is dropout?",
                            "Random zeroing. <script>alert(1)</script> [more](javascript:alert(1))"
                                    + " [paper](https://jmlr.org/papers/v15/srivastava14a.html)")),
            List.of(),
            "web-fixture");
    /** The chat's search over {@link #bank}, lexical, built when a bank page first asks. */
    final Memo<SearchService> search = new Memo<>(() -> SearchService.open(
            bank,
            SearchConfig.defaults().withDense(false),
            Optional.empty(),
            IndexProgress.NONE,
            FixtureDecisions.coverageOnly()));

    final WebSite site;
    private final Database db;

    WebFixture(Database db) {
        this.db = db;
        QuizStore rounds = new QuizStore(db);
        round(rounds, "r1", "g1", "c1", ROUND_START);
        answer(rounds, "r1", 1, "u-alice", "alice", true, 1_000);
        answer(rounds, "r1", 1, "u-bob", BOB, true, 2_500);
        answer(rounds, "r1", 2, "u-alice", "alice", false, 31_000);
        answer(rounds, "r1", 2, "u-bob", BOB, true, 32_000);
        rounds.endRound("r1", ROUND_START + 60_000);
        round(rounds, "r2", "g2", "c9", ROUND_START);
        answer(rounds, "r2", 1, "u-eve", "eve", true, 1_000);
        new ReviewQueue(db).missed("DISCORD", "g1", "u-alice", "e2", ROUND_START + 40_000);
        FeedbackStore feedback = new FeedbackStore(db);
        feedback.record("DISCORD", "g1", "u-alice", "e1", false, NOW);
        feedback.record("DISCORD", "g1", "u-bob", "e1", true, NOW);
        feedback.record("DISCORD", "g2", "u-eve", "e2", false, NOW);
        new StudyGroups(db).create("DISCORD", "g1", "cnn", "u-alice", ROUND_START);
        this.site = new WebSite(WebData.of(db, () -> bank, search::get, clock, ZoneId.of("Asia/Shanghai")), signer);
    }

    Database database() {
        return db;
    }

    Grant grant(String user, Grant.Access access) {
        return new Grant("DISCORD", "g1", "c1", user, access, NOW.plus(Duration.ofDays(7)));
    }

    String token() {
        return signer.sign(grant("u-alice", Grant.Access.USER));
    }

    WebResponse get(String path, String token, String lang) {
        return site.handle(WebRequest.get(path, Map.of("t", token, "lang", lang), ""));
    }

    static void round(QuizStore rounds, String id, String community, String channel, long start) {
        rounds.createRound(
                new RoundRow(
                        id,
                        Platform.DISCORD,
                        community,
                        channel,
                        "DISCORD:" + community + ":" + channel,
                        "u-alice",
                        "alice",
                        "",
                        Locale.ENGLISH,
                        false,
                        2,
                        30,
                        true,
                        0,
                        start,
                        OptionalLong.empty(),
                        Optional.empty(),
                        OptionalLong.empty()),
                List.of(
                        question(
                                id,
                                1,
                                "e1",
                                "What does batch normalization normalize?",
                                "Each feature over the batch."),
                        question(id, 2, "e2", "Why use residual connections?", "They ease gradient flow.")),
                "",
                List.of());
        rounds.openQuestion(id, 1, start, start + 30_000);
        rounds.openQuestion(id, 2, start + 30_000, start + 60_000);
    }

    static void answer(QuizStore rounds, String round, int no, String user, String name, boolean correct, long after) {
        rounds.recordAnswer(
                new AnswerDraft(
                        round,
                        no,
                        user,
                        name,
                        correct ? "A" : "C",
                        true,
                        correct,
                        "cnn",
                        "e" + no,
                        ROUND_START + after),
                no == 1 ? OptionalInt.empty() : OptionalInt.of(no - 1),
                false,
                (first, streak) -> first ? 10 : 5);
    }

    private static QuestionRow question(String round, int no, String entry, String question, String answer) {
        Question q = new Question.Options(
                Kind.CHOICE, entry, "cnn", question, List.of(answer, "x", "y", "z"), 0, question, answer);
        return QuestionRow.unposted(round, no, "CHOICE", entry, "cnn", new QuestionCodec().encode(q));
    }

    private static QaEntry entry(String id, String question, String answer, String... related) {
        return new QaEntry(
                id,
                question,
                answer,
                List.of(new SourceRef("cnn", Integer.parseInt(id.substring(1)), 3)),
                List.of("cnn"),
                List.of(),
                List.of(related));
    }

    /** A value built on first use. */
    static final class Memo<T> {
        private final java.util.function.Supplier<T> make;
        private T value;

        Memo(java.util.function.Supplier<T> make) {
            this.make = make;
        }

        synchronized T get() {
            if (value == null) {
                value = make.get();
            }
            return value;
        }
    }

    /** The page's text without tags, spaces collapsed, entities decoded. */
    static String text(String html) {
        return html.replaceAll("<[^>]*>", " ")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The text of each {@code <tr>} of the first table body. */
    static List<String> rows(String html) {
        int start = html.indexOf("<tbody>");
        int end = html.indexOf("</tbody>");
        if (start < 0) {
            return List.of();
        }
        return java.util.Arrays.stream(html.substring(start + 7, end).split("</tr>"))
                .map(WebFixture::text)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
