package dev.wenda.bot.app;

import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestion;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.calc.NumericQuizFactory;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.quiz.NumericQuestionSource;
import java.math.BigDecimal;
import java.util.Optional;

/** The numeric module's services, each built on first use (no index, no database). */
final class Numerics {
    private final Lazy<Calc> calc = new Lazy<>(Calc::new);
    private final Lazy<NumericQuestions> questions = new Lazy<>(() -> new NumericQuestions(calc()));
    private final Lazy<NumericQuizFactory> quiz = new Lazy<>(() -> new NumericQuizFactory(calc()));

    /** Receptive field, params and MACs. */
    Calc calc() {
        return calc.get();
    }

    /** Numeric questions in plain Chinese or English, for the ask flow and {@code /calc}. */
    NumericQuestions questions() {
        return questions.get();
    }

    /** Random numeric quiz questions (receptive field, params, MACs, output size). */
    NumericQuizFactory quiz() {
        return quiz.get();
    }

    /**
     * {@code /calc} for the dispatcher: a worked numeric example; any other request it gets is a
     * part this build does not have.
     */
    ChatService chatService() {
        ChatService missing =
                request -> Reply.privateText(request.origin().messages().text("chat.unavailable"));
        return request -> request instanceof ChatRequest.Calc c
                ? questions().calc(c.expression(), c.origin().locale())
                : missing.handle(request);
    }

    /** Calc's random problems as quiz questions in the round's language: exact answers (MACs within 1 %). */
    NumericQuestionSource questionSource() {
        return (random, m) -> {
            NumericQuestion q = quiz().next(random);
            return Optional.of(new NumericQuestionSource.Problem(
                    "calc:" + q.expression(),
                    q.kind().topic(),
                    q.prompt().in(m),
                    BigDecimal.valueOf(q.answer()),
                    BigDecimal.valueOf(q.tolerance()),
                    q.tolerance() == 0 ? m.text("calc.quiz.exact") : "±1%",
                    q.explanation().in(m)));
        };
    }
}
