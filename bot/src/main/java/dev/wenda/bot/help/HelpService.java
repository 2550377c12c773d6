package dev.wenda.bot.help;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.List;

/**
 * The help reply: what the bot does and its commands, in the user's language, written as they are
 * typed on the user's platform ({@code /ask} on Discord and the console, {@code /wenda ask} on Slack).
 */
public final class HelpService implements ChatService {
    /** The column where a command's description starts. */
    private static final int DESCRIPTION_COLUMN = 37;

    private record Line(String syntax, String descriptionKey) {}

    @Override
    public Reply handle(ChatRequest request) {
        Messages m = request.origin().messages();
        Platform platform = request.origin().platform();
        String p = platform == Platform.SLACK ? "/wenda " : "/";
        List<Line> lines = List.of(
                new Line(p + "ask QUESTION", "help.ask"),
                new Line(p + "quiz start [TOPIC] [count=N] [seconds=N] [kinds=choice,reverse,numeric,flashcard]", ""),
                new Line(p + "quiz stop | " + p + "quiz skip", "help.stop"),
                new Line(p + "leaderboard [server|channel|group NAME] [week|month|all]", ""),
                new Line(p + "group create|join|leave NAME | " + p + "group list", ""),
                new Line(p + "me | " + p + "review", "help.me"),
                new Line(p + "quiz schedule daily 21:00 count=5 TOPIC | list | cancel ID", "help.schedule"),
                new Line(p + "review export [csv|anki]", "help.export"),
                new Line(p + "calc rf 3x3s1 3x3s1 | " + p + "calc conv 24x24x3 3x3x128 | " + p + "calc net vgg16", ""),
                new Line(platform == Platform.DISCORD ? "/wenda help" : p + "help", ""));
        StringBuilder body = new StringBuilder(m.text("help.intro")).append("\n\n```\n");
        for (Line line : lines) {
            body.append(line.syntax());
            if (!line.descriptionKey().isEmpty()) {
                body.append(" "
                                .repeat(Math.max(
                                        2, DESCRIPTION_COLUMN - line.syntax().length())))
                        .append(m.text(line.descriptionKey()));
            }
            body.append('\n');
        }
        return Reply.text(body.append("```").toString())
                .withTitle(m.text("help.title"))
                .asEphemeral();
    }
}
