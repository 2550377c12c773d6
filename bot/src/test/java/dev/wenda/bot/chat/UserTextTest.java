package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class UserTextTest {
    @Test
    @DisplayName("Markdown, HTML and mention characters are escaped so they show literally")
    void quote_markdownAndMentions_escaped() {
        assertEquals(
                "\\*\\*bold\\*\\* \\[x\\]\\(http\\://a\\) \\@everyone \\<\\!channel\\>",
                UserText.quote("**bold** [x](http://a) @everyone <!channel>"));
    }

    @Test
    @DisplayName("zero-width and right-to-left controls are removed, newlines become spaces")
    void quote_invisibleCharacters_removed() {
        assertEquals("ab c", UserText.quote("a\u200Bb\u202E\nc"));
    }

    @Test
    @DisplayName("long text is cut to the limit with an ellipsis")
    void quote_longText_cut() {
        assertEquals("问问问…", UserText.quote("问".repeat(4000), 3));
    }
}
