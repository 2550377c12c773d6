package dev.wenda.bot.app;

import dev.wenda.bot.chat.ActionId;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import java.util.Objects;

/**
 * Routes each request to the subsystem that owns it. Every platform adapter talks to this one
 * service; the subsystems never see which platform a request came from beyond its {@code Origin}.
 *
 * @param ask questions, and clicks on every button but a quiz's and "Add to bank" ({@link ActionId})
 * @param quiz rounds, typed answers, quiz buttons ({@link ActionId.Quiz}), leaderboards, groups, personal
 *     stats and review, schedules, the daily question and the review export
 * @param calc worked numeric examples
 * @param help the help text
 * @param content content reloads and each community's bank: add (by command, or by the "Add to bank"
 *     button and its form), edit, remove, gaps (admin only);
 *     board resets and group deletes go to {@code quiz}
 * @param web links to the study pages
 */
public record ChatDispatcher(
        ChatService ask, ChatService quiz, ChatService calc, ChatService help, ChatService content, ChatService web)
        implements ChatService {
    public ChatDispatcher {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(calc, "calc");
        Objects.requireNonNull(help, "help");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(web, "web");
    }

    /** Without the study pages: a user asking for a link is told this server does not serve them. */
    public ChatDispatcher(ChatService ask, ChatService quiz, ChatService calc, ChatService help, ChatService content) {
        this(
                ask,
                quiz,
                calc,
                help,
                content,
                request -> Reply.privateText(request.origin().messages().text("web.unavailable")));
    }

    /** Without content reloads: an admin asking for one is told this build cannot. */
    public ChatDispatcher(ChatService ask, ChatService quiz, ChatService calc, ChatService help) {
        this(
                ask,
                quiz,
                calc,
                help,
                request -> Reply.privateText(request.origin().messages().text("admin.reload.unavailable")));
    }

    @Override
    public Reply handle(ChatRequest request) {
        return switch (request) {
            case ChatRequest.Ask a -> ask.handle(a);
            case ChatRequest.Click c ->
                switch (ActionId.parse(c.actionId())) {
                    case ActionId.Quiz q -> quiz.handle(c);
                    case ActionId.AddToBank a -> content.handle(c);
                    case ActionId.ImportDeck i -> content.handle(c);
                    default -> ask.handle(c);
                };
            case ChatRequest.FormSubmit f -> content.handle(f);
            case ChatRequest.ImportDeck i -> content.handle(i);
            case ChatRequest.Calc c -> calc.handle(c);
            case ChatRequest.Help h -> help.handle(h);
            case ChatRequest.TypedAnswer t -> quiz.handle(t);
            case ChatRequest.QuizStart s -> quiz.handle(s);
            case ChatRequest.QuizStop s -> quiz.handle(s);
            case ChatRequest.QuizSkip s -> quiz.handle(s);
            case ChatRequest.Leaderboard l -> quiz.handle(l);
            case ChatRequest.Group g -> quiz.handle(g);
            case ChatRequest.Me m -> quiz.handle(m);
            case ChatRequest.Review r -> quiz.handle(r);
            case ChatRequest.ResetBoard r -> quiz.handle(r);
            case ChatRequest.DeleteGroup g -> quiz.handle(g);
            case ChatRequest.ReloadContent r -> content.handle(r);
            case ChatRequest.ScheduleAdd s -> quiz.handle(s);
            case ChatRequest.ScheduleList s -> quiz.handle(s);
            case ChatRequest.ScheduleCancel s -> quiz.handle(s);
            case ChatRequest.TimeZone z -> quiz.handle(z);
            case ChatRequest.DailyAnswer d -> quiz.handle(d);
            case ChatRequest.ReviewExport e -> quiz.handle(e);
            case ChatRequest.BankAdd b -> content.handle(b);
            case ChatRequest.BankEdit b -> content.handle(b);
            case ChatRequest.BankRemove b -> content.handle(b);
            case ChatRequest.Gaps g -> content.handle(g);
            case ChatRequest.GapDigest d -> content.handle(d);
            case ChatRequest.WebLink w -> web.handle(w);
            case ChatRequest.PublicBoards p -> web.handle(p);
        };
    }
}
