package dev.wenda.bot.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.app.StoredBankDrafts;
import dev.wenda.bot.ask.AskHandler;
import dev.wenda.bot.ask.BankDrafts;
import dev.wenda.bot.ask.GapSink;
import dev.wenda.bot.ask.NumericAnswerer;
import dev.wenda.bot.ask.QuestionLinker;
import dev.wenda.bot.ask.QuestionLinks;
import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Form;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.ops.Metrics;
import dev.wenda.bot.quiz.ManualClock;
import dev.wenda.bot.store.BankDraftStore;
import dev.wenda.bot.store.CommunityEntries;
import dev.wenda.bot.store.Database;
import dev.wenda.bot.store.StoreException;
import dev.wenda.bot.store.TestDatabases;
import dev.wenda.bot.store.TestDatabases.Backend;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The "Add to bank" button and its form through the dispatcher, as every adapter uses them: the ask
 * flow offers the button to admins, the bank's form owner opens and submits the form, over real
 * search and a real community bank on H2.
 */
class AddToBankTest {
    private static final Origin ADMIN = new Origin(Platform.DISCORD, "g1", "c1", "u1", "Ann", Locale.ENGLISH, true);
    private static final Origin MEMBER = new Origin(Platform.DISCORD, "g1", "c1", "u2", "Bo", Locale.ENGLISH, false);
    private static final Origin ADMIN_ZH = new Origin(Platform.SLACK, "g1", "c1", "u3", "Cy", Locale.CHINA, true);
    private static final String ASKED = "量子纠错码怎么工作";
    private static final String ANSWER = "用多个物理比特编码一个逻辑比特，测量校验子找出并纠正错误。";

    private TestDatabases.Fresh fresh;
    private CommunityBankTest.Process process;
    private final ManualClock clock = new ManualClock(Instant.parse("2026-12-01T08:00:00Z"));
    private final AtomicInteger tokens = new AtomicInteger();
    private ChatService chat;

    @BeforeEach
    void open() {
        fresh = TestDatabases.open(Backend.H2);
        process = CommunityBankTest.Process.open(fresh.database(), BankLimits.defaults());
        chat = chat(process, drafts(() -> new BankDraftStore(fresh.database())));
    }

    /** The drafts as {@code serve} keeps them: in the store. */
    private BankDrafts drafts(Supplier<BankDraftStore> store) {
        return new StoredBankDrafts(store, () -> "t" + tokens.incrementAndGet(), clock);
    }

    /** One process's chat: its ask flow and its bank's form over {@code drafts}. */
    private ChatService chat(CommunityBankTest.Process process, BankDrafts drafts) {
        AskHandler ask = new AskHandler(
                process::search,
                NumericAnswerer.NONE,
                f -> {},
                Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC),
                Metrics.none(),
                System::nanoTime,
                GapSink.NONE,
                new QuestionLinks(() -> "l" + tokens.incrementAndGet()),
                QuestionLinker.NONE,
                drafts,
                dev.wenda.bot.ask.DeckCredits.NONE);
        BankChat bank = new BankChat(
                process::bank,
                new GapGroups(
                        () -> {
                            throw new AssertionError("no gaps here");
                        },
                        () -> {
                            throw new AssertionError("no gaps here");
                        }),
                drafts,
                BankLimits.defaults());
        return new ChatDispatcher(ask, r -> Reply.text("quiz"), r -> Reply.text("calc"), r -> Reply.text("help"), bank);
    }

    @AfterEach
    void close() {
        process.close();
        fresh.close();
    }

    private static List<String> addButtons(Reply reply) {
        return reply.actions().stream()
                .map(Reply.Action::id)
                .filter(id -> id.startsWith("bank:add:"))
                .toList();
    }

    private Reply submit(Origin origin, String formId, String question, String answer, String tags) {
        return chat.handle(new ChatRequest.FormSubmit(
                origin, formId, Map.of("question", question, "answer", answer, "tags", tags)));
    }

    @Test
    @DisplayName("an admin's no-answer reply has an Add to bank button; a member's and the console's do not")
    void noAnswer_adminOnChat_getsTheButton() {
        Reply forAdmin = chat.handle(new ChatRequest.Ask(ADMIN, ASKED));
        assertEquals("The bank has no answer to that", forAdmin.title());
        assertEquals(List.of("bank:add:t1"), addButtons(forAdmin));
        Reply.Action button = forAdmin.actions().getLast();
        assertEquals(new Reply.Action("bank:add:t1", "Add to bank", Reply.Style.SUCCESS, false), button);

        assertEquals(List.of(), addButtons(chat.handle(new ChatRequest.Ask(MEMBER, ASKED))));
        Origin console = new Origin(Platform.CONSOLE, "g1", "console", "you", "you", Locale.ENGLISH, true);
        Reply atConsole = chat.handle(new ChatRequest.Ask(console, ASKED));
        assertEquals(List.of(), addButtons(atConsole));
        assertTrue(
                atConsole.markdown().endsWith("`add " + ASKED + " | ANSWER` (after `/wenda` on Slack)."),
                atConsole.markdown());
    }

    @Test
    @DisplayName(
            "the button opens a form prefilled with the asked question; its submission is answered by the next ask")
    void pressThenSubmit_addsAnEntryTheNextAskAnswers() {
        String id = addButtons(chat.handle(new ChatRequest.Ask(ADMIN, ASKED))).getFirst();

        Reply opened = chat.handle(new ChatRequest.Click(ADMIN, id));
        Form form = opened.form().orElseThrow();
        assertEquals(
                new Form(
                        "bank:add:t1",
                        "Add to the bank",
                        "Add",
                        List.of(
                                new Form.Input("question", "Question", ASKED, true, true, 2_000),
                                new Form.Input("answer", "Answer (Markdown)", "", true, true, 8_000),
                                new Form.Input("tags", "Tags, separated by commas", "", false, false, 200)),
                        Map.of()),
                form);

        Reply added = submit(ADMIN, form.id(), ASKED, ANSWER, "量子, 纠错");
        CommunityEntries.Row row =
                process.bank().entries("g1", Optional.empty()).getFirst();
        assertEquals("Added to this community's bank: " + row.id() + ". It answers from now on.", added.markdown());
        assertEquals("Add to the bank", added.title());
        assertTrue(added.ephemeral());
        assertEquals(List.of(ASKED, ANSWER, List.of("量子", "纠错")), List.of(row.question(), row.answer(), row.tags()));

        // A three-entry bank without the dense model offers the new entry first rather than answering outright.
        assertEquals(row.id(), process.ranked("g1", ASKED).getFirst());
        Reply asked = chat.handle(new ChatRequest.Ask(MEMBER, ASKED));
        assertEquals("ask:entry:" + row.id(), asked.actions().getFirst().id());
        Reply shown = chat.handle(
                new ChatRequest.Click(MEMBER, asked.actions().getFirst().id()));
        assertEquals(List.of(ASKED, ANSWER), List.of(shown.title(), shown.markdown()));
    }

    @Test
    @DisplayName("a member pressing a forwarded button or submitting the form is refused and nothing is added")
    void member_pressOrSubmit_isRefused() {
        String id = addButtons(chat.handle(new ChatRequest.Ask(ADMIN, ASKED))).getFirst();

        Reply pressed = chat.handle(new ChatRequest.Click(MEMBER, id));
        assertEquals("Only an admin can change this community's bank or see its gaps.", pressed.markdown());
        assertTrue(pressed.ephemeral());
        assertEquals(Optional.empty(), pressed.form());
        assertEquals(
                "Only an admin can change this community's bank or see its gaps.",
                submit(MEMBER, id, ASKED, ANSWER, "").markdown());
        assertEquals(List.of(), process.bank().entries("g1", Optional.empty()));
    }

    @Test
    @DisplayName("a refused submission names the input at fault, keeps what was typed, and the form reopens with it")
    void invalidSubmit_saysWhy_andKeepsTheDraft() {
        String id = addButtons(chat.handle(new ChatRequest.Ask(ADMIN, ASKED))).getFirst();

        Reply empty = submit(ADMIN, id, ASKED, "  \n ", "量子");
        assertEquals("The answer is empty.", empty.markdown());
        assertEquals(
                Map.of("answer", "The answer is empty."),
                empty.form().orElseThrow().errors());
        assertEquals(List.of(new Reply.Action(id, "Edit and try again", Reply.Style.PRIMARY, false)), empty.actions());

        Reply duplicate = submit(ADMIN, id, "什么是 Dropout？", "随机丢弃。", "正则化");
        assertEquals("This community's bank already has this question: entry b-1.", duplicate.markdown());
        assertEquals(
                Map.of("question", "This community's bank already has this question: entry b-1."),
                duplicate.form().orElseThrow().errors());

        Reply tooLong = submit(ADMIN, id, ASKED, "x".repeat(8_001), "");
        assertEquals(
                Map.of("answer", "The answer is longer than 8000 characters."),
                tooLong.form().orElseThrow().errors());

        Reply reopened = chat.handle(new ChatRequest.Click(ADMIN, id));
        assertEquals(
                List.of(ASKED, "x".repeat(8_001), ""),
                reopened.form().orElseThrow().inputs().stream()
                        .map(Form.Input::value)
                        .toList());
        assertEquals(List.of(), process.bank().entries("g1", Optional.empty()));
    }

    @Test
    @DisplayName(
            "a button older than a day, or pressed in another community, says it expired; the form is in Chinese for zh")
    void expiredOrForeignButton_saysSo() {
        String id = addButtons(chat.handle(new ChatRequest.Ask(ADMIN, ASKED))).getFirst();
        Origin elsewhere = new Origin(Platform.DISCORD, "g2", "c9", "u1", "Ann", Locale.ENGLISH, true);
        assertEquals(
                "This Add to bank button has expired; ask the question again.",
                chat.handle(new ChatRequest.Click(elsewhere, id)).markdown());

        assertEquals(
                "添加到题库",
                chat.handle(new ChatRequest.Click(ADMIN_ZH, id))
                        .form()
                        .orElseThrow()
                        .title());

        clock.advance(BankDrafts.KEPT.plus(Duration.ofSeconds(1)));
        Reply expired = chat.handle(new ChatRequest.Click(ADMIN, id));
        assertEquals("This Add to bank button has expired; ask the question again.", expired.markdown());
        assertEquals(Optional.empty(), expired.form());
        assertEquals(
                "这个“添加到题库”按钮已过期，请重新提问。",
                chat.handle(new ChatRequest.Click(ADMIN_ZH, id)).markdown());
    }

    @Test
    @DisplayName(
            "a button sent by one process opens and submits on another sharing the database; the refused draft travels back")
    void buttonFromOneProcess_pressedOnAnother_opensAndAdds() {
        try (Database second = TestDatabases.reopen(fresh);
                CommunityBankTest.Process other = CommunityBankTest.Process.open(second, BankLimits.defaults())) {
            ChatService otherChat = chat(other, drafts(() -> new BankDraftStore(second)));
            String id =
                    addButtons(chat.handle(new ChatRequest.Ask(ADMIN, ASKED))).getFirst();

            Reply opened = otherChat.handle(new ChatRequest.Click(ADMIN, id));
            assertEquals(List.of(ASKED, "", ""), values(opened));
            Reply refused = otherChat.handle(
                    new ChatRequest.FormSubmit(ADMIN, id, Map.of("question", ASKED, "answer", " ", "tags", "量子")));
            assertEquals("The answer is empty.", refused.markdown());

            assertEquals(List.of(ASKED, " ", "量子"), values(chat.handle(new ChatRequest.Click(ADMIN, id))));
            Reply added = submit(ADMIN, id, ASKED, ANSWER, "量子");
            CommunityEntries.Row row =
                    process.bank().entries("g1", Optional.empty()).getFirst();
            assertEquals("Added to this community's bank: " + row.id() + ". It answers from now on.", added.markdown());
            assertEquals(1, other.bank().entries("g1", Optional.empty()).size());
        }
    }

    @Test
    @DisplayName(
            "with the database unreachable the reply goes without the button, a press says the database is down, and a refused submission still says why")
    void storeDown_noButton_pressSaysSo() {
        String id = addButtons(chat.handle(new ChatRequest.Ask(ADMIN, ASKED))).getFirst();
        ChatService cut = chat(process, drafts(() -> {
            throw StoreException.of("database error: refused", new SQLTransientConnectionException("refused"));
        }));

        Reply asked = cut.handle(new ChatRequest.Ask(ADMIN, ASKED));
        assertEquals("The bank has no answer to that", asked.title());
        assertEquals(List.of(), addButtons(asked));
        String down = "The bank cannot be changed right now: the database cannot be reached. Asking questions still"
                + " works; please try this again in a minute.";
        assertEquals(down, cut.handle(new ChatRequest.Click(ADMIN, id)).markdown());
        assertEquals(
                "The answer is empty.",
                cut.handle(new ChatRequest.FormSubmit(ADMIN, id, Map.of("question", ASKED, "answer", " ", "tags", "")))
                        .markdown());
        assertEquals(
                "题库暂时无法修改：暂时连不上数据库。提问仍然可用，请稍后再试。",
                cut.handle(new ChatRequest.Click(ADMIN_ZH, id)).markdown());
    }

    private static List<String> values(Reply opened) {
        return opened.form().orElseThrow().inputs().stream()
                .map(Form.Input::value)
                .toList();
    }

    @Test
    @DisplayName("an Add to bank id encodes and parses back; without a token it is unknown")
    void addActionId_roundTrips() {
        assertEquals(new ActionId.AddToBank("ab12"), ActionId.parse("bank:add:ab12"));
        assertEquals("bank:add:ab12", new ActionId.AddToBank("ab12").encode());
        assertEquals(new ActionId.Unknown("bank:add:"), ActionId.parse("bank:add:"));
    }

    @Test
    @DisplayName(
            "the add command refuses a question the bank already has, up to case, width and punctuation, unless hidden")
    void addCommand_duplicate_isRefused() {
        assertEquals(new CommunityBank.Change.Duplicate("b-2"), process.bank().add("g1", "ＢＮ层的作用?", "归一化。", List.of()));
        String id = ((CommunityBank.Change.Added) process.bank().add("g1", ASKED, ANSWER, List.of()))
                .ids()
                .getFirst();
        assertEquals(
                new CommunityBank.Change.Duplicate(id), process.bank().add("g1", " " + ASKED + "！", "x", List.of()));
        assertEquals(1, process.bank().entries("g1", Optional.empty()).size());

        // A hidden bundled entry no longer counts: the community adds its own version.
        assertEquals(new CommunityBank.Change.Hidden("b-2"), process.bank().remove("g1", "b-2"));
        assertTrue(process.bank().add("g1", "BN层的作用", "归一化。", List.of()) instanceof CommunityBank.Change.Added);
    }
}
