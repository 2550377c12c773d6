package dev.wenda.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.help.HelpService;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The console reads like a chat: the defects of issue 19, each pinned by a test. */
class ConsoleDefectsTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private static final ChannelAddress MAIN = new ChannelAddress(Platform.CONSOLE, "console", "main");
    private final List<ChatRequest> seen = new ArrayList<>();
    private final StringWriter text = new StringWriter();

    private ConsoleOutput output(Messages messages) {
        return new ConsoleOutput(new PrintWriter(text), false, messages, false);
    }

    private ConsoleSession session(ConsoleOutput output, ConsoleOutbox outbox, ChatService service) {
        return new ConsoleSession(
                request -> {
                    seen.add(request);
                    return service.handle(request);
                },
                outbox,
                output,
                "alice");
    }

    @Test
    @DisplayName("a bug in a handler is logged and apologised for; the session goes on")
    void handlerBug_apologisesAndGoesOn() {
        ConsoleOutput output = output(Messages.ZH);
        ConsoleOutbox outbox = new ConsoleOutbox(output, Clock.fixed(NOW, ZoneOffset.UTC));
        ConsoleSession session = session(output, outbox, request -> {
            if (request instanceof ChatRequest.Ask ask && ask.question().equals("boom")) {
                throw new IllegalStateException("a bug");
            }
            return Reply.text("ok");
        });

        assertTrue(session.handle("boom"));
        assertTrue(session.handle("什么是dropout"));

        assertEquals("抱歉，出了点问题，请稍后再试。\nok\n", text.toString());
    }

    @Test
    @DisplayName("what a request posts prints after its acknowledgement, not before")
    void acknowledgement_printsBeforeWhatItStarted() {
        ConsoleOutput output = output(Messages.EN);
        ConsoleOutbox outbox = new ConsoleOutbox(output, Clock.fixed(NOW, ZoneOffset.UTC));
        ConsoleSession session = session(output, outbox, request -> {
            outbox.post(MAIN, Reply.text("Question 1").withTitle("Quiz 1/3"));
            return Reply.text("alice started a quiz");
        });

        session.handle("/quiz start");

        assertEquals("alice started a quiz\n== Quiz 1/3 ==\nQuestion 1\n", text.toString());
    }

    @Test
    @DisplayName("a message arriving at the prompt starts on its own line and the prompt comes back")
    void asyncMessage_doesNotPrintOverThePrompt() {
        ConsoleOutput output = output(Messages.EN);
        ConsoleOutbox outbox = new ConsoleOutbox(output, Clock.fixed(NOW, ZoneOffset.UTC));
        output.prompt("alice");
        outbox.post(MAIN, Reply.text("Question 2"));
        outbox.edit(new dev.wenda.bot.chat.MessageHandle(MAIN, "1"), Reply.text("Question 2, closed"));

        assertEquals("alice> \nQuestion 2\nalice> \n(updated)\nQuestion 2, closed\nalice> ", text.toString());
    }

    @Test
    @DisplayName("no internal message ids; markers are in the console's language")
    void noIds_markersLocalized() {
        ConsoleOutput output = output(Messages.ZH);
        ConsoleOutbox outbox = new ConsoleOutbox(output, Clock.fixed(NOW, ZoneOffset.UTC));
        outbox.post(MAIN, Reply.text("第一题"));
        outbox.edit(
                new dev.wenda.bot.chat.MessageHandle(MAIN, "1"),
                Reply.text("第一题").withActions(List.of(new Reply.Action("a", "A", Reply.Style.SECONDARY, true))));
        ConsoleSession session = session(output, outbox, request -> Reply.privateText("只给你看"));
        session.handle("/me");

        assertEquals("第一题\n（已更新）\n第一题\n  [A] A （已关闭）\n（仅你可见）\n只给你看\n", text.toString());
        assertFalse(text.toString().contains("#"), text.toString());
    }

    @Test
    @DisplayName("Markdown is rendered for the terminal: no ** markers, code blocks indented, lists with bullets")
    void markdown_rendered() {
        ConsoleRenderer renderer = new ConsoleRenderer(Messages.EN, false);
        Reply reply =
                Reply.text("**A.** ReLU\n**B.** tanh\n\n```\nx = 1\n```\n\n- one\n- two\n\nuse `calc` \\_here\\_");

        assertEquals("A. ReLU\nB. tanh\n\n    x = 1\n\n• one\n• two\n\nuse calc _here_\n", renderer.render(reply, NOW));
        assertEquals(
                "\u001B[1mA.\u001B[0m ReLU\n",
                new ConsoleRenderer(Messages.EN, true).render(Reply.text("**A.** ReLU"), NOW));
    }

    @Test
    @DisplayName("fields line up when their names are Chinese, each Chinese character two columns wide")
    void fields_alignWideNames() {
        Reply reply = Reply.text("x")
                .withFields(List.of(new Reply.Field("感受野", "7x7", true), new Reply.Field("MACs", "1.2M", true)));

        assertEquals("x\n  感受野  7x7\n  MACs    1.2M\n", new ConsoleRenderer(Messages.ZH, false).render(reply, NOW));
    }

    @Test
    @DisplayName("/help lists the commands with their slash, and the console's own: /as, letters, /quit")
    void help_listsSlashCommandsAndAs() {
        ConsoleOutput output = output(Messages.EN);
        ConsoleOutbox outbox = new ConsoleOutbox(output, Clock.fixed(NOW, ZoneOffset.UTC));
        session(output, outbox, new HelpService()).handle("/help");

        String shown = text.toString();
        assertTrue(shown.contains("\n    /ask QUESTION "), shown);
        assertTrue(shown.contains("\n    /quiz start [TOPIC]"), shown);
        assertTrue(shown.contains("/as NAME [LINE]"), shown);
        assertTrue(shown.contains("/quit"), shown);
    }

    @Test
    @DisplayName("a command typed without its slash runs; a question that only starts like one is asked")
    void bareCommand_runs_questionStillAsked() {
        ConsoleOutput output = output(Messages.EN);
        ConsoleOutbox outbox = new ConsoleOutbox(output, Clock.fixed(NOW, ZoneOffset.UTC));
        ConsoleSession session = session(output, outbox, request -> Reply.text("ok"));

        session.handle("quiz start BN count=3");
        session.handle("group normalization 和 batch norm 的区别");
        session.handle("help me understand dropout");
        session.handle("me");
        session.handle("review export anki");
        session.handle("review what I missed");
        session.handle("add 什么是梯度累积 | 几个小批次的梯度加起来再更新一次参数 | 训练技巧");
        session.handle("add layer norm to a transformer?");

        assertEquals(
                "BN", assertInstanceOf(ChatRequest.QuizStart.class, seen.get(0)).topic());
        assertInstanceOf(ChatRequest.Ask.class, seen.get(1));
        assertInstanceOf(ChatRequest.Ask.class, seen.get(2));
        assertInstanceOf(ChatRequest.Me.class, seen.get(3));
        assertInstanceOf(ChatRequest.ReviewExport.class, seen.get(4));
        assertInstanceOf(ChatRequest.Ask.class, seen.get(5));
        assertEquals(
                List.of("训练技巧"),
                assertInstanceOf(ChatRequest.BankAdd.class, seen.get(6)).tags());
        assertInstanceOf(ChatRequest.Ask.class, seen.get(7));
    }
}
