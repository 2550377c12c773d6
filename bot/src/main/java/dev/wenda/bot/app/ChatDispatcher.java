package dev.wenda.bot.app;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import java.util.Objects;

/**
 * Routes each request to the subsystem that owns it. Every platform adapter talks to this one
 * service; the subsystems never see which platform a request came from beyond its {@code Origin}.
 *
 * @param ask questions, and clicks on answer buttons ({@code ask:} and {@code feedback:} ids)
 * @param quiz rounds, typed answers, leaderboards, groups, personal stats and review
 * @param calc worked numeric examples
 * @param help the help text
 */
public record ChatDispatcher(ChatService ask, ChatService quiz, ChatService calc, ChatService help)
        implements ChatService {
    public ChatDispatcher {
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(calc, "calc");
        Objects.requireNonNull(help, "help");
    }

    @Override
    public Reply handle(ChatRequest request) {
        return switch (request) {
            case ChatRequest.Ask a -> ask.handle(a);
            case ChatRequest.Click c -> c.actionId().startsWith("quiz:") ? quiz.handle(c) : ask.handle(c);
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
        };
    }
}
