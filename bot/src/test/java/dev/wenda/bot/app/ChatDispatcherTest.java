package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChatDispatcherTest {
    private static final Origin ALICE =
            new Origin(Platform.CONSOLE, "console", "c1", "u-alice", "alice", Locale.ENGLISH, false);

    private final ChatDispatcher dispatcher = new ChatDispatcher(
            request -> Reply.text("ask"),
            request -> Reply.text("quiz"),
            request -> Reply.text("calc"),
            request -> Reply.text("help"));

    @Test
    @DisplayName("quiz buttons go to the quiz, every other button (answers, feedback, forged ids) to ask")
    void click_routedByActionId() {
        assertEquals("quiz", click("quiz:r1:1:0"));
        assertEquals("quiz", click("quiz:r1:x:knew"));
        assertEquals("ask", click("ask:entry:e1"));
        assertEquals("ask", click("feedback:up:e1"));
        assertEquals("ask", click("quiz:r1:1"));
        assertEquals("ask", click("nonsense"));
    }

    private String click(String id) {
        return dispatcher.handle(new ChatRequest.Click(ALICE, id)).markdown();
    }
}
