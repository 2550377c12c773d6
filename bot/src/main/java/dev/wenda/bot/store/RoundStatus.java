package dev.wenda.bot.store;

/** The {@code status} column of {@code rounds}; the SQL statements of {@link QuizStore} bind it. */
enum RoundStatus {
    OPEN,
    ENDED
}
