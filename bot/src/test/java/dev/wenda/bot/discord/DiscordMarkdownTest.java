package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.content.ContentBank;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordMarkdownTest {
    private final DiscordMarkdown markdown = new DiscordMarkdown();

    @Test
    @DisplayName("bold, italics, inline code, links and lists pass through unchanged")
    void supportedSyntax_isKept() {
        DiscordMarkdown.Converted converted = markdown.convert(
                "**bold** and *it* with `code` and [link](https://x.org)\n\n- one\n- two\n\n1. first\n2. second");
        assertEquals(
                List.of(
                        "**bold** and *it* with `code` and [link](https://x.org)",
                        "- one\n- two",
                        "1. first\n2. second"),
                converted.blocks());
    }

    @Test
    @DisplayName("headings become bold lines and thematic breaks disappear")
    void headings_becomeBold() {
        assertEquals(
                List.of("**Title**", "text", "**Sub *part***"),
                markdown.convert("# Title\n\ntext\n\n---\n\n### Sub *part*").blocks());
    }

    @Test
    @DisplayName("indented code becomes fenced code, which Discord renders")
    void indentedCode_becomesFenced() {
        assertEquals(
                List.of("Code:", "```\nx = 1\ny = 2\n```"),
                markdown.convert("Code:\n\n    x = 1\n    y = 2\n").blocks());
    }

    @Test
    @DisplayName("web images leave the text and are returned for the embed; relative images are dropped")
    void images_areCollected() {
        DiscordMarkdown.Converted converted =
                markdown.convert("Look ![a](https://e.org/a.png) here ![b](img/b.png)\n\n![c](http://e.org/c.gif)");
        assertEquals(List.of("Look  here"), converted.blocks());
        assertEquals(List.of("https://e.org/a.png", "http://e.org/c.gif"), converted.imageUrls());
    }

    @Test
    @DisplayName("Chinese text and math stay as they are")
    void chinese_isUntouched() {
        assertEquals(
                List.of("感受野是 **输出** 上一个像素对应的输入区域"),
                markdown.convert("感受野是 **输出** 上一个像素对应的输入区域").blocks());
    }

    @Test
    @DisplayName("inline <br> becomes a line break and <img src> an embed image; other HTML stays as typed")
    void inlineHtml_isTranslated() {
        DiscordMarkdown.Converted converted = markdown.convert(
                "one<br>two <BR/> three <img src=\"https://e.org/x.png\" width=\"300\"> <a href=\"#\">x</a>");
        assertEquals(List.of("one  \ntwo  \nthree  <a href=\"#\">x</a>"), converted.blocks());
        assertEquals(List.of("https://e.org/x.png"), converted.imageUrls());
    }

    @Test
    @DisplayName("every answer of the bundled bank converts, and none gains an HTML entity Discord would show verbatim")
    void bundledBank_convertsCleanly() {
        List<String> offenders = ContentBank.bundled().entries().stream()
                .filter(entry -> {
                    String text = markdown.convert(entry.answer()).text();
                    return text.contains("&#") && !entry.answer().contains("&#");
                })
                .map(entry -> entry.id())
                .toList();
        assertEquals(List.of(), offenders);
    }
}
