package dev.wenda.bot.quiz;

/** Receives every {@link QuizEvent}; must be fast and must not throw. */
@FunctionalInterface
public interface QuizListener {
    QuizListener NONE = event -> {};

    void on(QuizEvent event);
}
