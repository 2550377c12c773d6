package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MarkdownToMrkdwnTest {
    private final MarkdownToMrkdwn mrkdwn = new MarkdownToMrkdwn();

    @Test
    @DisplayName("bold, italic, inline code and links become Slack mrkdwn")
    void inlineMarkup_isConverted() {
        assertEquals(
                "a *bold* and _it_ with `x &lt; y` see <https://e.test/a?b=1&amp;c=2|the docs>",
                mrkdwn.convert("a **bold** and *it* with `x < y` see [the docs](https://e.test/a?b=1&c=2)"));
    }

    @Test
    @DisplayName("lists get bullets or numbers, nested lists are indented, code blocks keep their fences")
    void blocks_areConverted() {
        assertEquals(
                List.of("*Title*", "• one\n• two\n    1. a\n    2. b", "```\nif a &lt; b &amp;&amp; c:\n    pass\n```"),
                mrkdwn.blocks("# Title\n\n- one\n- two\n  1. a\n  2. b\n\n```python\nif a < b && c:\n    pass\n```\n"));
    }

    @Test
    @DisplayName("mentions and broadcasts in text never survive: < > & are escaped everywhere")
    void controlCharacters_areEscaped() {
        assertEquals(
                "hi &lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &amp;",
                mrkdwn.convert("hi <!channel> <!here> <@U123> &"));
        assertEquals("`&lt;!here&gt;`", mrkdwn.convert("`<!here>`"));
        assertEquals("&lt;b&gt;x&lt;/b&gt;", mrkdwn.convert("<b>x</b>"));
    }

    @Test
    @DisplayName(
            "links that are not web or mail links keep only their text, so [a](!channel) cannot become <!channel|a>")
    void nonWebLinks_becomeText() {
        assertEquals(
                "a b c d <mailto:x@e.test|e>",
                mrkdwn.convert("[a](!channel) [b](@U123) [c](javascript:alert(1)) [d](#C1) [e](mailto:x@e.test)"));
    }

    @Test
    @DisplayName("markers next to Chinese text get a zero-width space so Slack still sees them")
    void chineseEmphasis_getsWordBoundaries() {
        assertEquals("这是\u200B*重点*\u200B内容", mrkdwn.convert("这是**重点**内容"));
        assertEquals("an *English* word", mrkdwn.convert("an **English** word"));
    }

    @Test
    @DisplayName("a block quote keeps its marker on every line; soft breaks stay line breaks")
    void quoteAndBreaks() {
        assertEquals(
                "&gt; line one\n&gt; line two",
                mrkdwn.convert("> line one\nline two").replace("> ", "&gt; "));
        assertEquals("a\nb", mrkdwn.convert("a\nb"));
    }
}
