package dev.wenda.bot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import dev.wenda.bot.ask.DeckCreditSample;
import dev.wenda.bot.chat.Messages;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlackDeckCreditTest {
    @Test
    @DisplayName("Slack shows a cited deck entry's deck and licence as mrkdwn: the mention and & escaped, cut with …")
    void deckCredit_escapedMrkdwn() {
        List<LayoutBlock> blocks = new BlockKitRenderer().render(DeckCreditSample.reply(Messages.EN));
        List<String> sections = blocks.stream()
                .filter(SectionBlock.class::isInstance)
                .map(b -> ((MarkdownTextObject) ((SectionBlock) b).getText()).getText())
                .toList();
        assertEquals(
                List.of("反向传播\n\nFrom deck trivia_v2 — licence: CC BY-SA 4.0 *attribution* &lt;@U123&gt; &amp;"
                        + " notes_v2 second line " + "x".repeat(62) + "…"),
                sections);
    }
}
