package dev.wenda.bot.app;

import dev.wenda.bot.slack.SlackBot;
import java.util.Objects;

/** Runs the Slack bot under {@code wenda serve} (Socket Mode or the HTTP events endpoint). */
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

    /** Bolt takes no new events once stopped in {@link #close()}; readiness turns false first. */
    @Override
    public void stopAccepting() {}

    @Override
    public void close() {
        bot.stop();
    }
}
