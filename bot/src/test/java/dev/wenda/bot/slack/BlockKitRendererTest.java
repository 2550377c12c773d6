package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.util.json.GsonFactory;
import dev.wenda.bot.admin.DigestReplies;
import dev.wenda.bot.chat.Body;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.testing.Golden;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BlockKitRendererTest {
    private final BlockKitRenderer renderer = new BlockKitRenderer();

    @Test
    @DisplayName("a long answer is split at paragraph boundaries into sections of at most 3,000 characters")
    void longAnswer_isSplitAtParagraphs() {
        String paragraph = "x".repeat(1_400);
        String markdown = String.join("\n\n", paragraph, paragraph, paragraph, paragraph, paragraph);

        List<String> sections = sectionTexts(renderer.render(Reply.text(markdown)));

        assertEquals(List.of(paragraph + "\n\n" + paragraph, paragraph + "\n\n" + paragraph, paragraph), sections);
    }

    @Test
    @DisplayName("a paragraph longer than a section is cut between words, never inside an escaped entity")
    void hugeParagraph_isCutSafely() {
        String words = "a&b ".repeat(1_000).strip();

        List<String> sections = sectionTexts(renderer.render(Reply.text(words)));

        assertEquals(3, sections.size());
        assertTrue(sections.stream().allMatch(s -> s.length() <= 3_000), "sizes");
        assertEquals("a&amp;b ".repeat(1_000).strip(), String.join("", sections));
        assertTrue(sections.getFirst().endsWith("a&amp;b "), sections.getFirst().substring(2_980));
    }

    @Test
    @DisplayName("no message has more than 50 blocks; a cut answer says so")
    void tooManyBlocks_areCapped() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            paragraphs.add(String.valueOf(i).repeat(1).concat("y".repeat(2_990)));
        }
        Reply reply = Reply.text(String.join("\n\n", paragraphs))
                .withTitle("Long")
                .withActions(List.of(Reply.Action.of("a", "A")));

        List<LayoutBlock> blocks = renderer.render(reply);

        assertEquals(50, blocks.size());
        assertEquals("header", blocks.getFirst().getType());
        assertEquals("context", blocks.get(48).getType());
        assertEquals("actions", blocks.get(49).getType());
    }

    @Test
    @DisplayName("headers are cut to 150 characters and stay plain text")
    void header_isCut() {
        String json = GsonFactory.createSnakeCase()
                .toJson(renderer.render(Reply.text("").withTitle("问".repeat(200)))
                        .getFirst());

        assertEquals(
                "{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + "问".repeat(149)
                        + "…\",\"emoji\":true}}",
                json);
    }

    @Test
    @DisplayName("the deadline is a Slack date token with a UTC fallback")
    void deadline_usesSlackDateFormatting() {
        assertEquals(
                "<!date^1700000020^{time_secs}|22:13:40 UTC>",
                BlockKitRenderer.slackDate(Instant.parse("2023-11-14T22:13:40Z")));
    }

    @Test
    @DisplayName("the quiz question renders to its golden Block Kit")
    void quizQuestion_golden() throws Exception {
        Reply question = Reply.text("Which layer normalises over the batch dimension?")
                .withTitle("Quiz 1/1")
                .withDeadline(Instant.parse("2023-11-14T22:13:40Z"))
                .withActions(List.of(
                        Reply.Action.of("quiz:q1:A", "A. LayerNorm"),
                        new Reply.Action("quiz:q1:B", "B. BatchNorm", Reply.Style.PRIMARY, false),
                        new Reply.Action("quiz:q1:C", "C. GroupNorm", Reply.Style.DANGER, true),
                        new Reply.Action("quiz:q1:D", "D. <!here>", Reply.Style.SUCCESS, true)))
                .withFooter("Source: 000_x#3 <@U1>")
                .withAttachment(new Reply.Attachment("rf.png", new byte[] {1}));

        Golden.assertMatches(
                "slack/rendered-question", GsonFactory.createSnakeCase().toJson(renderer.render(question)));
    }

    @Test
    @DisplayName("a digest set to another channel names it with a Slack channel link, not escaped")
    void digestElsewhere_isChannelLink() {
        Reply reply = DigestReplies.shownElsewhere(Platform.SLACK, "C0123ABC", "C0999XYZ");
        String expected = "The knowledge-gap digest goes to <#C0123ABC> every Fri at 18:00 (time zone Asia/Shanghai)."
                + " `digest off` stops it.";

        assertEquals(List.of(expected), sectionTexts(renderer.render(reply)));
        assertEquals(expected, renderer.fallbackText(reply));
    }

    @Test
    @DisplayName("user text containing <#C123> is still escaped, beside a real channel link")
    void typedChannelLink_isEscaped() {
        Body body = new Body(List.of(
                new Body.Markdown("you typed " + UserText.quote("<#C123>") + " and <!here> for "),
                new Body.Channel("C9")));

        assertEquals(
                List.of("you typed &lt;#C123&gt; and &lt;!here&gt; for <#C9>"),
                sectionTexts(renderer.render(Reply.text("").withBody(body))));
        assertEquals(
                List.of("you typed &lt;#C123&gt;"), sectionTexts(renderer.render(Reply.text("you typed <#C123>"))));
    }

    private static List<String> sectionTexts(List<LayoutBlock> blocks) {
        return blocks.stream()
                .filter(SectionBlock.class::isInstance)
                .map(b -> ((MarkdownTextObject) ((SectionBlock) b).getText()).getText())
                .toList();
    }
}
