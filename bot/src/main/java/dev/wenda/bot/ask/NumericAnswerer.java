package dev.wenda.bot.ask;

import dev.wenda.bot.chat.Reply;
import java.util.Locale;
import java.util.Optional;

/**
 * Answers questions that are worked numeric examples ("3x3 卷积堆三层的感受野") before the bank is
 * searched. The composition root wires it to {@code NumericQuestions#answer}.
 */
@FunctionalInterface
public interface NumericAnswerer {
    NumericAnswerer NONE = (question, locale) -> Optional.empty();

    /** A reply when {@code question} is numeric, else empty. */
    Optional<Reply> answer(String question, Locale locale);
}
