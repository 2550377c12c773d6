package dev.wenda.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.admin.DigestReplies;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Platform;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsoleRendererTest {
    private static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @Test
    @DisplayName("a digest set to another channel names it #ID on the console")
    void digestElsewhere_isHashId() {
        assertEquals(
                "The knowledge-gap digest goes to #ops every Fri at 18:00 (time zone Asia/Shanghai). digest off stops"
                        + " it.\n",
                new ConsoleRenderer(Messages.EN, false)
                        .render(DigestReplies.shownElsewhere(Platform.CONSOLE, "ops", ConsoleSession.CHANNEL), NOW));
    }
}
