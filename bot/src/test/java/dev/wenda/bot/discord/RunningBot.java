package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Outbox;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscord;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

/** A real {@link DiscordBot} (real JDA) connected to a {@link FakeDiscord}; for end-to-end tests. */
final class RunningBot implements AutoCloseable {
    final FakeDiscord discord = new FakeDiscord();
    final DiscordBot bot;

    RunningBot(ChatService service, QuestionSuggester questions, QuestionSuggester topics, boolean messageContent)
            throws InterruptedException {
        this((Function<Outbox, ChatService>) outbox -> service, questions, topics, messageContent);
    }

    /** {@code services} builds the chat service from the bot's outbox, as the composition root does. */
    RunningBot(
            Function<Outbox, ChatService> services,
            QuestionSuggester questions,
            QuestionSuggester topics,
            boolean messageContent)
            throws InterruptedException {
        DiscordConfig config = DiscordConfig.of(() -> "fake-token")
                .withCommandGuilds(List.of(DiscordPayloads.GUILD))
                .withMessageContent(messageContent)
                .withAdminRole(DiscordPayloads.ADMIN_ROLE)
                .withEndpoints(discord.rest.baseUrl(), discord.gateway.url());
        bot = new DiscordBot(config);
        bot.start(services.apply(bot.outbox()), questions, topics);
        if (!bot.awaitReady(Duration.ofSeconds(10))) {
            close();
            throw new AssertionError("JDA did not become ready against the fake Discord");
        }
    }

    @Override
    public void close() {
        bot.stop();
        discord.close();
    }
}
