package dev.wenda.bot.app;

import dev.wenda.bot.discord.DiscordBot;
import java.util.Objects;

/** Runs the Discord bot under {@code wenda serve}; connected while every shard of its range is. */
final class DiscordRunner implements PlatformRunner {
    private final DiscordBot bot;
    private final Runnable start;

    /** @param start starts {@code bot} with the chat service and suggesters */
    DiscordRunner(DiscordBot bot, Runnable start) {
        this.bot = Objects.requireNonNull(bot, "bot");
        this.start = Objects.requireNonNull(start, "start");
    }

    @Override
    public String name() {
        return "discord";
    }

    @Override
    public void start() {
        start.run();
    }

    @Override
    public boolean connected() {
        return bot.connected();
    }

    /** New interactions get a short "restarting" notice; answers in progress still go out. */
    @Override
    public void stopAccepting() {
        bot.stopAccepting();
    }

    @Override
    public void close() {
        bot.stop();
    }
}
