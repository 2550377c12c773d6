package dev.wenda.bot.app;

import dev.wenda.bot.slack.SlackBot;
import java.util.Objects;

/** Runs the Slack bot under {@code wenda serve}. */
final class SlackRunner implements PlatformRunner {
    private final SlackBot bot;

    SlackRunner(SlackBot bot) {
        this.bot = Objects.requireNonNull(bot, "bot");
    }

    @Override
    public String name() {
        return "slack";
    }

    @Override
    public void start() throws Exception {
        bot.start();
    }

    @Override
    public boolean connected() {
        return bot.connected();
    }

    @Override
    public void stopAccepting() {
        bot.stopAccepting();
    }

    @Override
    public void close() {
        bot.stop();
    }
}
