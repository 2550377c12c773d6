package dev.wenda.bot.app;

import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.discord.DiscordBot;
import dev.wenda.bot.ops.MeasuredOutbox;
import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.bot.slack.SlackBot;
import dev.wenda.content.ContentBank;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The chat platforms of {@code wenda serve}: each bot built once from its configuration, its
 * outbox registered for its channels at once so the quiz can post there.
 */
final class Platforms {
    private final WendaConfig config;
    private final Lazy<DiscordBot> discord;
    private final Lazy<SlackBot> slack;
    private final Supplier<ChatService> service;
    private final Supplier<ContentBank> bank;

    /**
     * @param service the rate-limited chat service both platforms talk to
     * @param bank the bank being served, for Discord's autocomplete
     */
    Platforms(
            WendaConfig config,
            PlatformOutboxes outboxes,
            PrometheusMetrics metrics,
            Supplier<ChatService> service,
            Supplier<ContentBank> bank) {
        this.config = config;
        this.service = service;
        this.bank = bank;
        this.discord = new Lazy<>(() -> {
            DiscordBot bot = new DiscordBot(PlatformSettings.discord(config.discord()));
            outboxes.register(Platform.DISCORD, new MeasuredOutbox(bot.outbox(), Platform.DISCORD, metrics));
            return bot;
        });
        this.slack = new Lazy<>(() -> {
            SlackBot bot = new SlackBot(PlatformSettings.slack(config.slack()), service.get());
            outboxes.register(Platform.SLACK, new MeasuredOutbox(bot.outbox(), Platform.SLACK, metrics));
            return bot;
        });
    }

    /** The platforms enabled in the configuration, ready to start. */
    List<PlatformRunner> enabled() {
        List<PlatformRunner> runners = new ArrayList<>();
        if (config.discord().enabled()) {
            DiscordBot bot = discord.get();
            runners.add(new DiscordRunner(
                    bot, () -> bot.start(service.get(), BankSuggestions.questions(bank), BankSuggestions.tags(bank))));
        }
        if (config.slack().enabled()) {
            runners.add(new SlackRunner(slack.get()));
        }
        return runners;
    }

    SlackBot slack() {
        return slack.get();
    }
}
