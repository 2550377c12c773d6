package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LogSafeTest {
    @Test
    @DisplayName("CR, LF, tabs, escapes and format characters are escaped; long text is cut with an ellipsis")
    void text_escapesAndCaps() {
        assertEquals(
                "a\\r\\nERROR FORGED \\u001b[31m\\u202e\\\\x",
                LogSafe.text("a\r\nERROR FORGED \u001b[31m\u202e\\x", 100));
        assertEquals("abc…", LogSafe.text("abcdef", 3));
        assertEquals("abc", LogSafe.text("abc", 3));
        assertEquals("-", LogSafe.text(null, 3));
    }
}
