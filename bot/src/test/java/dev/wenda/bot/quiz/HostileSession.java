package dev.wenda.bot.quiz;

import dev.wenda.bot.board.BoardService;
import dev.wenda.bot.board.GroupService;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.TextCommand;
import dev.wenda.bot.store.TestDatabases;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Drives the real services that echo user text (text commands, quiz rounds, reveals and
 * scoreboards, study groups, leaderboards, personal stats, calc) with one hostile string as the
 * message, the topic, the group name and the players' display names, and collects every reply and
 * every message posted through the outbox. Renderer tests check what those replies become on
 * each platform.
 */
public final class HostileSession implements AutoCloseable {
    private final TestDatabases.Fresh db = TestDatabases.open(TestDatabases.Backend.H2);
    private final NumericQuestions calc = new NumericQuestions(new Calc());
    private int sessions;

    /** Every reply and posted message produced while {@code hostile} is typed and used as names. */
    public List<Reply> replies(String hostile, Platform platform) {
        Harness h = Harness.on(db.database(), Fixtures.bank(8));
        BoardService boards = h.boardService();
        GroupService groups = h.groupService();
        String channel = "c" + (++sessions);
        String name = hostile.length() > 100 ? hostile.substring(0, 100) : hostile;
        Origin starter = origin(platform, channel, "u-starter", name);
        Origin player = origin(platform, channel, "u-player", "<@U999> " + name);
        List<Reply> replies = new ArrayList<>();

        for (String typed : List.of(hostile, "x" + hostile, "quiz start count=" + hostile, "group join " + hostile)) {
            if (TextCommand.parse(starter, typed) instanceof TextCommand.Parsed.Usage(String message)) {
                replies.add(Reply.privateText(message));
            }
        }
        replies.add(h.start(starter, hostile, 1, 30, ""));
        replies.add(h.start(starter, "", 1, 30, hostile));
        replies.add(h.start(starter, "", 1, 30, "choice"));
        String round = h.round(starter).id();
        replies.add(h.engine.start(
                new ChatRequest.QuizStart(player, "", java.util.OptionalInt.of(1), java.util.OptionalInt.of(30), "")));
        replies.add(h.engine.stop(new ChatRequest.QuizStop(player)));
        h.engine.answer(new ChatRequest.TypedAnswer(player, hostile)).ifPresent(replies::add);
        replies.add(h.click(player, h.option(round, 1, true)));
        replies.add(h.click(starter, h.option(round, 1, false)));
        h.advance(Duration.ofSeconds(31));
        h.advance(Duration.ofSeconds(10));
        h.outbox.sent().forEach(sent -> replies.add(sent.reply()));

        replies.add(
                groups.handle(new ChatRequest.Group(starter, ChatRequest.GroupAction.CREATE, Optional.of(hostile))));
        replies.add(groups.handle(
                new ChatRequest.Group(starter, ChatRequest.GroupAction.CREATE, Optional.of("study_" + sessions))));
        replies.add(groups.handle(new ChatRequest.Group(player, ChatRequest.GroupAction.JOIN, Optional.of(hostile))));
        replies.add(groups.handle(new ChatRequest.Group(starter, ChatRequest.GroupAction.LIST, Optional.empty())));
        for (ChatRequest.Scope scope : ChatRequest.Scope.values()) {
            replies.add(boards.leaderboard(new ChatRequest.Leaderboard(
                    starter,
                    scope,
                    ChatRequest.Period.ALL,
                    Optional.of(scope == ChatRequest.Scope.GROUP ? hostile : ""))));
        }
        replies.add(boards.me(new ChatRequest.Me(player)));

        replies.add(calc.calc(hostile, Locale.ENGLISH));
        replies.add(calc.calc("rf 3x3 " + hostile.replace(" ", ""), Locale.ENGLISH));
        calc.answer(hostile, Locale.ENGLISH).ifPresent(replies::add);
        calc.answer("3x3 卷积的感受野 " + hostile, Locale.SIMPLIFIED_CHINESE).ifPresent(replies::add);
        return replies;
    }

    private static Origin origin(Platform platform, String channel, String user, String name) {
        return new Origin(platform, "guild-1", channel, user, name, Locale.ENGLISH, false);
    }

    @Override
    public void close() {
        db.close();
    }
}
