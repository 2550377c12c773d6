package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;

/** The few messages the adapter writes itself, in the user's language. */
final class Texts {
    private Texts() {}

    static Reply apology(Origin origin) {
        return Reply.privateText(origin.messages().text("chat.apology"));
    }

    static Reply unknownCommand(Origin origin) {
        return Reply.privateText(origin.messages().text("discord.unknownCommand"));
    }

    static Reply expiredAnswer(Origin origin) {
        return Reply.privateText(origin.messages().text("discord.expiredAnswer"));
    }

    static Reply restarting(Origin origin) {
        return Reply.privateText(origin.messages().text("discord.restarting"));
    }

    static String modalTitle(Origin origin) {
        return origin.messages().text("discord.modalTitle");
    }

    static String modalLabel(Origin origin) {
        return origin.messages().text("discord.modalLabel");
    }
}
