package dev.wenda.bot.ask;

/** Where answer feedback goes: the database in a running bot, a counter in tests. */
@FunctionalInterface
public interface FeedbackSink {
    void record(Feedback feedback);
}
