package dev.wenda.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {
    private static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
    private final List<ChatRequest> seen = new ArrayList<>();
    private final StringWriter text = new StringWriter();
    private final ConsoleOutput output = new ConsoleOutput(new PrintWriter(text), false, Messages.EN, false);
    private final ConsoleOutbox outbox = new ConsoleOutbox(output, Clock.fixed(NOW, ZoneOffset.UTC));
    private final ConsoleSession session = new ConsoleSession(
            request -> {
                seen.add(request);
                return Reply.privateText("ok");
            },
            outbox,
            output,
            "alice");

    private void postQuestion(boolean withButtons) {
        Reply question = Reply.text("Which fits?").withDeadline(NOW.plusSeconds(30));
        if (withButtons) {
            question = question.withActions(
                    List.of(Reply.Action.of("quiz:r1:1:0", "first"), Reply.Action.of("quiz:r1:1:1", "second")));
        }
        outbox.post(new ChannelAddress(Platform.CONSOLE, "console", "main"), question);
    }

    @Test
    @DisplayName("a plain line with no open question is asked of the bank")
    void plainLine_noRound_isAsk() {
        session.handle("什么是dropout");
        assertEquals(1, seen.size());
        ChatRequest.Ask ask = (ChatRequest.Ask) seen.getFirst();
        assertEquals("什么是dropout", ask.question());
        assertEquals("console:alice", ask.origin().user());
    }

    @Test
    @DisplayName("a letter presses the matching button of the newest question, as the named player")
    void letter_openButtons_isClickAsOtherPlayer() {
        postQuestion(true);
        session.handle("/as bob b");
        ChatRequest.Click click = (ChatRequest.Click) seen.getFirst();
        assertEquals("quiz:r1:1:1", click.actionId());
        assertEquals("bob", click.origin().userName());
    }

    @Test
    @DisplayName("text while a timed question taking typed answers is open is a typed answer")
    void number_openNumericQuestion_isTypedAnswer() {
        outbox.post(
                new ChannelAddress(Platform.CONSOLE, "console", "main"),
                Reply.text("How many?").withDeadline(NOW.plusSeconds(30)).takingTypedAnswers());
        session.handle("1.2万");
        assertEquals("1.2万", ((ChatRequest.TypedAnswer) seen.getFirst()).text());
    }

    @Test
    @DisplayName("slash commands go through the text command parser; usage errors are printed, not sent")
    void slashCommand_parsedOrUsage() {
        session.handle("/quiz start BN count=3");
        assertEquals("BN", ((ChatRequest.QuizStart) seen.getFirst()).topic());
        session.handle("/quiz start count=x");
        assertEquals(1, seen.size());
        assertTrue(text.toString().contains("count needs a whole number, got 'x'"), text.toString());
    }

    @Test
    @DisplayName("terminal escapes in a reply or a /as name never reach the terminal")
    void controlCharacters_areStripped() {
        session.handle("/as eve\u001b[2J\u001b]0;pwned\u0007");
        output.prompt("eve\u001b[31m");
        outbox.post(
                new ChannelAddress(Platform.CONSOLE, "console", "main"),
                Reply.text("answer\u001b[1A\rfake\u009b")
                        .withTitle("t\u001b[5m")
                        .withActions(List.of(Reply.Action.of("a", "x\u0007"))));
        String shown = text.toString();
        assertFalse(shown.chars().anyMatch(c -> c != '\n' && Character.isISOControl(c)), shown);
        assertTrue(shown.contains("eve[2J]0;pwned"), shown);
        assertTrue(shown.contains("answer[1Afake"), shown);
    }

    @Test
    @DisplayName("/as NAME switches user; /quit ends the session")
    void asAndQuit() {
        assertTrue(session.handle("/as carol"));
        session.handle("hello");
        assertEquals("carol", seen.getFirst().origin().userName());
        assertFalse(session.handle("/quit"));
    }

    @Test
    @DisplayName("a question renders with lettered buttons, the countdown and the footer")
    void render_question() {
        Reply question = Reply.text("Which fits?")
                .withTitle("Quiz 1/3")
                .withActions(List.of(Reply.Action.of("a", "first"), Reply.Action.of("b", "second")))
                .withDeadline(NOW.plusSeconds(30))
                .withFooter("000#1");
        assertEquals(
                "== Quiz 1/3 ==\nWhich fits?\n  [A] first\n  [B] second\n  ⏱ 30 s\n  — 000#1\n",
                new ConsoleRenderer(Messages.EN, false).render(question, NOW));
    }

    private void post(Reply reply) {
        outbox.post(new ChannelAddress(Platform.CONSOLE, "console", "main"), reply);
    }

    private static Reply revealedCard(int no) {
        return Reply.text("Card " + no)
                .withActions(List.of(
                        Reply.Action.of("quiz:r1:" + no + ":knew", "knew it"),
                        Reply.Action.of("quiz:r1:" + no + ":didnt", "didn't"),
                        Reply.Action.of("ask:entry:e" + no, "full answer")));
    }

    @Test
    @DisplayName("text typed while a flashcard is on screen gets a one-line hint and is not sent")
    void text_openFlashcard_getsHint() {
        postQuestion(false);
        session.handle("I think it is dropout");
        assertEquals(List.of(), seen);
        assertTrue(
                text.toString()
                        .contains("A flashcard takes no typed answer: think of yours; at the reveal press A (knew it)"
                                + " or B (didn't), or later /mark N A|B."),
                text.toString());
    }

    @Test
    @DisplayName("/mark N A|B presses knew / didn't on revealed card N after the next question replaced its buttons")
    void mark_afterNextQuestion_pressesTheCardsButton() {
        post(revealedCard(2));
        postQuestion(true); // question 3, with its own buttons: a letter answers it now
        session.handle("/mark 2 A");
        session.handle("/as bob /mark 2 b");
        assertEquals(
                List.of("quiz:r1:2:knew", "quiz:r1:2:didnt"),
                seen.stream().map(r -> ((ChatRequest.Click) r).actionId()).toList());
        assertEquals("bob", seen.getLast().origin().userName());
    }

    @Test
    @DisplayName("/mark names a card that was not revealed, or is malformed: a message, nothing sent")
    void mark_unknownOrMalformed_explains() {
        post(revealedCard(2));
        session.handle("/mark 5 A");
        session.handle("/mark 2 C");
        assertEquals(List.of(), seen);
        assertTrue(text.toString().contains("There is no revealed flashcard 5 to mark."), text.toString());
        assertTrue(
                text.toString()
                        .contains(
                                "Usage: /mark N A|B (A: knew it, B: didn't), N being the flashcard's number in the round"),
                text.toString());
    }
}
