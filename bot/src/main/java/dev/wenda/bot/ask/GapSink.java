package dev.wenda.bot.ask;

/** Where knowledge gaps go: the database in a running bot, a list in tests. */
@FunctionalInterface
public interface GapSink {
    void record(Gap gap);

    /** Keeps nothing. */
    GapSink NONE = gap -> {};
}
