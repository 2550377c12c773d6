package dev.wenda.bot.ask;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;

/** The reply citing an entry of an imported deck whose licence has markup, a mention, a line break and 150+ characters. */
public final class DeckCreditSample {
    public static final String LICENCE =
            "CC BY-SA 4.0 *attribution* <@U123> & notes_v2\nsecond line " + "x".repeat(100);

    private DeckCreditSample() {}

    public static Reply reply(Messages texts) {
        return Reply.text("反向传播\n\n" + new DeckCredits.Credit("trivia_v2", LICENCE).markdown(texts))
                .withTitle("哪种算法把误差传回各层?")
                .withFooter(texts.text("ask.sources") + ": trivia_v2#1");
    }
}
