package dev.wenda.bot.web;

import dev.wenda.bot.quiz.Question;
import dev.wenda.bot.quiz.QuestionCodec;

/** A stored question's text and right answer, as the round report and the player page show them. */
final class QuestionTexts {
    private final QuestionCodec codec = new QuestionCodec();

    record Shown(String question, String answer) {}

    Shown of(String payload) {
        return switch (codec.decode(payload)) {
            case Question.Options o -> new Shown(o.question(), o.answer());
            case Question.Numeric n -> new Shown(n.prompt(), n.answer().toPlainString());
            case Question.Flashcard f -> new Shown(f.question(), f.answer());
            case Question.Typed t -> new Shown(t.question(), String.join(" / ", t.accepted()));
        };
    }
}
