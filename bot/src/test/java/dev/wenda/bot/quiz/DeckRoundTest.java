package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.admin.BankLimits;
import dev.wenda.bot.admin.DeckImport;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeckRoundTest {
    private static final Origin ALICE = Fixtures.player("alice");
    private static final Origin BOB = Fixtures.player("bob");
    private static final Origin CAROL_ELSEWHERE =
            new Origin(Platform.CONSOLE, "other-community", "general", "u-carol", "carol", Locale.ENGLISH, false);

    private static final String TRIVIA = """
            AUTHOR: study group
            哪种算法用链式法则把误差从输出层传回各层?:
              - 反向传播
              - BP
              - Backpropagation
            Which optimizer keeps running averages of the gradient and its square?:
              - Adam
            深度学习里最常用的激活函数是哪个?: ReLU
            Describe what a residual connection does.:
              - It adds the block's input to its output so that the gradient has a short path back through very deep networks
            """;

    private static final String NOTES = """
            ## 什么是过拟合？
            模型在训练集上表现很好，在新数据上表现差。

            ## 什么是欠拟合？
            模型在训练集上也表现差。
            """;

    /** A harness whose community "console" imported the trivia deck and a Markdown deck. */
    private static Harness withDecks(TestDatabases.Fresh db) {
        Harness h = new Harness(
                db.database(),
                Fixtures.bank(40),
                "bot-1",
                new ManualClock(Harness.T0),
                Fixtures.sums(),
                new StoredDecks(new CommunityEntries(db.database())));
        DeckImport importer =
                new DeckImport(new CommunityEntries(db.database()), List::of, () -> {}, BankLimits.defaults(), h.clock);
        importer.run(
                new DeckImport.Request(
                        "console",
                        Optional.of("trivia"),
                        List.of(new DeckImport.Upload("trivia.yaml", TRIVIA.getBytes(StandardCharsets.UTF_8))),
                        false,
                        "https://example.com/trivia",
                        "CC BY-SA 4.0"),
                DeckImport.Progress.NONE);
        importer.run(
                new DeckImport.Request(
                        "console",
                        Optional.of("notes"),
                        List.of(new DeckImport.Upload("notes.md", NOTES.getBytes(StandardCharsets.UTF_8))),
                        false,
                        "",
                        ""),
                DeckImport.Progress.NONE);
        return h;
    }

    private static Reply start(Harness h, Origin who, String deck, int count, String kinds) {
        return h.engine.start(new ChatRequest.QuizStart(
                who, "", OptionalInt.of(count), OptionalInt.of(30), kinds, Optional.of(deck)));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName(
            "a typed round from a trivia deck: the question shown, answers typed in the channel graded against every"
                    + " accepted alternative, the accepted answers revealed")
    void typedRound_gradesTypedAnswersAndRevealsAcceptedOnes(Backend backend) {
        try (TestDatabases.Fresh db = TestDatabases.open(backend)) {
            Harness h = withDecks(db);
            assertEquals(
                    "alice started a quiz: deck trivia, 3 questions, 30 s each.",
                    start(h, ALICE, "trivia", 5, "typed").markdown());
            String id = h.round(ALICE).id();
            List<Question.Typed> questions = IntStream.rangeClosed(1, 3)
                    .mapToObj(no -> (Question.Typed) h.question(id, no))
                    .toList();
            // The answer of 40+ characters makes no typed question.
            assertEquals(
                    Set.of(List.of("反向传播", "BP", "Backpropagation"), List.of("Adam"), List.of("ReLU")),
                    questions.stream().map(Question.Typed::accepted).collect(Collectors.toSet()));
            int backprop = questions.stream()
                            .map(Question.Typed::accepted)
                            .toList()
                            .indexOf(List.of("反向传播", "BP", "Backpropagation"))
                    + 1;

            Reply posted = h.outbox.sent().getFirst().reply();
            assertEquals("Quiz 1/3 · typed", posted.title());
            assertEquals(
                    "**" + questions.getFirst().question() + "**\n\nType the answer in the channel; 30 s.",
                    posted.markdown());
            assertTrue(posted.typedAnswer());

            for (int no = 1; no < backprop; no++) {
                h.advance(Duration.ofSeconds(30));
            }
            h.advance(Duration.ofSeconds(4));
            assertEquals(
                    "Answer recorded: 反向傳播。",
                    h.engine
                            .answer(new ChatRequest.TypedAnswer(ALICE, " 反向傳播。"))
                            .orElseThrow()
                            .markdown());
            assertEquals(
                    "Answer recorded: 反向传",
                    h.engine
                            .answer(new ChatRequest.TypedAnswer(BOB, "反向传"))
                            .orElseThrow()
                            .markdown());
            h.advance(Duration.ofSeconds(26));
            QuizEvent.QuestionRevealed revealed =
                    h.events(QuizEvent.QuestionRevealed.class).get(backprop - 1);
            assertEquals(List.of("alice"), revealed.correctUsers());
            String reveal = h.outbox.sent().stream()
                    .map(s -> s.reply().markdown())
                    .filter(text -> text.contains("Accepted:"))
                    .reduce((a, b) -> b)
                    .orElseThrow();
            assertTrue(
                    reveal.startsWith("**哪种算法用链式法则把误差从输出层传回各层?**\n\n"
                            + "✅ Accepted: **反向传播** / **BP** / **Backpropagation**\n\n"),
                    reveal);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an edited trivia entry drops its imported accepted answers: it no longer plays as typed")
    void editedEntry_isNoLongerTyped(Backend backend) {
        try (TestDatabases.Fresh db = TestDatabases.open(backend)) {
            Harness h = withDecks(db);
            CommunityEntries entries = new CommunityEntries(db.database());
            CommunityEntries.Row adam = entries.entries("console", Optional.of("trivia")).stream()
                    .filter(r -> r.question().startsWith("Which optimizer"))
                    .findFirst()
                    .orElseThrow();
            assertEquals(List.of("Adam"), adam.accepted());
            assertTrue(entries.edit(
                    "console",
                    adam.id(),
                    adam.question(),
                    "AdamW, with decoupled weight decay",
                    List.of(),
                    Harness.T0));
            assertEquals(
                    List.of(),
                    entries.entries("console", Optional.of("trivia")).stream()
                            .filter(r -> r.id().equals(adam.id()))
                            .findFirst()
                            .orElseThrow()
                            .accepted());
            assertEquals(
                    "alice started a quiz: deck trivia, 2 questions, 30 s each.",
                    start(h, ALICE, "trivia", 5, "typed").markdown());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("each accepted alternative, full-width and in any case, is a right answer; a near miss is wrong")
    void typedAnswers_alternativesWidthAndCase(Backend backend) {
        try (TestDatabases.Fresh db = TestDatabases.open(backend)) {
            Harness h = withDecks(db);
            start(h, ALICE, "trivia", 3, "typed");
            String id = h.round(ALICE).id();
            for (int no = 1; no <= 3; no++) {
                Question.Typed q = (Question.Typed) h.question(id, no);
                String right = q.accepted().getLast().toUpperCase(Locale.ROOT);
                String fullWidth = right.chars()
                        .mapToObj(c -> c < 0x80 ? String.valueOf((char) (c - '!' + '！')) : String.valueOf((char) c))
                        .collect(Collectors.joining());
                h.engine.answer(new ChatRequest.TypedAnswer(ALICE, fullWidth));
                h.engine.answer(new ChatRequest.TypedAnswer(BOB, q.accepted().getLast() + "s"));
                h.advance(Duration.ofSeconds(30));
            }
            for (QuizEvent.QuestionRevealed r : h.events(QuizEvent.QuestionRevealed.class)) {
                assertEquals(List.of("alice"), r.correctUsers());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("a deck round draws only from that deck; a mixed round plays the trivia deck's short answers as typed")
    void deckRound_drawsOnlyFromTheDeck(Backend backend) {
        try (TestDatabases.Fresh db = TestDatabases.open(backend)) {
            Harness h = withDecks(db);
            Set<String> notes = new CommunityEntries(db.database())
                    .entries("console", Optional.of("notes")).stream()
                            .map(CommunityEntries.Row::id)
                            .collect(Collectors.toSet());
            assertEquals(
                    "alice started a quiz: deck notes, 2 questions, 30 s each.",
                    start(h, ALICE, "notes", 10, "flashcard").markdown());
            String id = h.round(ALICE).id();
            assertEquals(
                    notes, Set.of(h.question(id, 1).entryId(), h.question(id, 2).entryId()));
            h.engine.stop(new ChatRequest.QuizStop(ALICE));

            start(h, ALICE, "Trivia", 4, "");
            String mixed = h.round(ALICE).id();
            List<Kind> kinds = IntStream.rangeClosed(1, 4)
                    .mapToObj(no -> h.question(mixed, no).kind())
                    .toList();
            assertEquals(3, kinds.stream().filter(k -> k == Kind.TYPED).count(), kinds.toString());
            assertTrue(kinds.stream().noneMatch(k -> k == Kind.NUMERIC), kinds.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    @DisplayName("an unknown deck lists the community's decks; another community sees none of them; a deck without"
            + " short answers refuses a typed round; the bank makes no typed round")
    void refusals_areSpecific(Backend backend) {
        try (TestDatabases.Fresh db = TestDatabases.open(backend)) {
            Harness h = withDecks(db);
            assertEquals(
                    "This community has no deck named \"nope\". Its decks: notes, trivia.",
                    start(h, ALICE, "nope", 3, "").markdown());
            assertEquals(
                    "This community has no deck named \"trivia\": it has imported no decks yet"
                            + " (an admin imports one: /wenda-admin import on Discord, a file shared with the text import"
                            + " on Slack).",
                    start(h, CAROL_ELSEWHERE, "trivia", 3, "").markdown());
            assertEquals(
                    "Deck \"notes\" has no questions to type: a typed question needs short accepted answers (at most 40"
                            + " characters each, from a trivia YAML deck). Start it with kinds=choice, reverse or"
                            + " flashcard.",
                    start(h, ALICE, "notes", 3, "typed").markdown());
            assertEquals(
                    "A deck round has no numeric questions: choose choice, reverse, flashcard or typed.",
                    start(h, ALICE, "trivia", 3, "numeric").markdown());
            assertEquals(
                    "Typed questions come only from this community's trivia decks: start the round with deck=NAME"
                            + " (on Discord, the deck option).",
                    h.start(ALICE, "", 3, 30, "typed").markdown());
            assertTrue(h.store.activeRound(QuizEngine.channelKey(ALICE)).isEmpty());
        }
    }
}
