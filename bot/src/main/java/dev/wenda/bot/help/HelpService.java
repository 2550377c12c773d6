package dev.wenda.bot.help;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;

/** The help reply: what the bot does and its commands, in the user's language. */
public final class HelpService implements ChatService {
    private static final String COMMANDS = """
            ```
            ask QUESTION                         %s
            quiz start [TOPIC] [count=N] [seconds=N] [kinds=choice,reverse,numeric,flashcard]
            quiz stop | quiz skip                %s
            leaderboard [server|channel|group NAME] [week|month|all]
            group create|join|leave NAME | group list
            me | review                          %s
            calc rf 3x3s1 3x3s1 | calc conv 24x24x3 3x3x128 | calc net vgg16
            help
            ```""";

    @Override
    public Reply handle(ChatRequest request) {
        boolean zh = request.origin().chinese();
        String intro = zh
                ? "问答机器人：回答题库中的深度学习面试题，在频道里举办限时测验，并计算感受野和卷积的参数量与计算量。"
                : "Wenda answers deep-learning interview questions from the bank, runs timed quizzes in channels,"
                        + " and works out receptive fields and conv costs.";
        String body = COMMANDS.formatted(
                zh ? "提问（题库里没有答案时会如实说明）" : "ask the bank (it says so when it has no answer)",
                zh ? "停止或跳过当前题目" : "stop the round or skip the question",
                zh ? "个人统计与错题复习" : "your stats and a review of missed entries");
        return Reply.text(intro + "\n\n" + body)
                .withTitle(zh ? "问答 · 帮助" : "Wenda · help")
                .asEphemeral();
    }
}
