package dev.wenda.bot.quiz;

/** Why a round ended, for its scoreboard and its {@link QuizEvent.RoundEnded}. */
public enum EndReason {
    /** The last question was revealed. */
    FINISHED,
    /** The starter, an admin or a graceful stop ended it early. */
    STOPPED,
    /** A process taking the round over found its question closed long ago; scores are kept. */
    CLOSED_AFTER_RESTART
}
