package dev.wenda.bot.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.ask.DeckCreditSample;
import dev.wenda.bot.chat.Messages;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConsoleDeckCreditTest {
    @Test
    @DisplayName("the console shows a cited deck entry's deck and licence on one line, markup literal, cut with …")
    void deckCredit_oneLiteralLine() {
        String out = new ConsoleRenderer(Messages.EN, false)
                .render(DeckCreditSample.reply(Messages.EN), Instant.parse("2026-01-05T10:00:00Z"));
        assertEquals(
                "== 哪种算法把误差传回各层? ==\n反向传播\n\n"
                        + "From deck trivia_v2 — licence: CC BY-SA 4.0 *attribution* <@U123> & notes_v2 second line "
                        + "x".repeat(62) + "…\n"
                        + "  — Source: trivia_v2#1\n",
                out);
    }
}
