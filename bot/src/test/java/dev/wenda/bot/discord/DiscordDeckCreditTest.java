package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.ask.DeckCreditSample;
import dev.wenda.bot.chat.Messages;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordDeckCreditTest {
    @Test
    @DisplayName("Discord shows a cited deck entry's deck and licence as the embed's last line, markup escaped")
    void deckCredit_escapedLastLine() {
        String description = new DiscordRenderer()
                .render(DeckCreditSample.reply(Messages.EN))
                .message()
                .getEmbeds()
                .getFirst()
                .getDescription();
        assertEquals(
                "反向传播\n\nFrom deck trivia\\_v2 — licence: CC BY-SA 4.0 \\*attribution\\* \\<@U123\\> \\& notes\\_v2"
                        + " second line " + "x".repeat(62) + "…",
                description);
    }
}
