package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Reply;

/** The few messages the adapter writes itself, in the user's language. */
final class Texts {
    private Texts() {}

    static Reply apology(Origin origin) {
        return Reply.privateText(
                origin.chinese()
                        ? "抱歉，出了点问题，请稍后再试。"
                        : "Sorry, something went wrong on our side. Please try again in a moment.");
    }

    static Reply unknownCommand(Origin origin) {
        return Reply.privateText(
                origin.chinese()
                        ? "这个命令已不再支持，请输入 `/wenda help` 查看可用命令。"
                        : "I don't know that command any more; try `/wenda help`.");
    }

    static Reply expiredAnswer(Origin origin) {
        return Reply.privateText(
                origin.chinese() ? "完整答案已过期，请重新提问。" : "That full answer has expired; please ask again.");
    }

    static Reply restarting(Origin origin) {
        return Reply.privateText(
                origin.chinese() ? "问答正在重启，请一分钟后再试。" : "Wenda is restarting; please try again in a minute.");
    }

    static String modalTitle(Origin origin) {
        return origin.chinese() ? "你的答案" : "Your answer";
    }

    static String modalLabel(Origin origin) {
        return origin.chinese() ? "答案" : "Answer";
    }
}
