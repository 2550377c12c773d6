package dev.wenda.bot.ask;

/**
 * Where answer feedback goes. The store can implement it to keep feedback in the database; until
 * then {@link InMemoryFeedbackSink} counts it per entry and logs each click.
 */
@FunctionalInterface
public interface FeedbackSink {
    void record(Feedback feedback);
}
