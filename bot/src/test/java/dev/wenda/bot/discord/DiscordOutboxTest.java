package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.MessageHandle;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordOutboxTest {
    private final DiscordBot bot = new DiscordBot(DiscordConfig.of(() -> "unused"));
    private final ChannelAddress channel = new ChannelAddress(Platform.DISCORD, "1", "2");

    @Test
    @DisplayName("before the bot starts, posting fails its future with a clear message instead of throwing")
    void post_beforeStart_failsFuture() {
        ExecutionException failure = assertThrows(
                ExecutionException.class,
                () -> bot.outbox().post(channel, Reply.text("hi")).get());
        assertInstanceOf(IllegalStateException.class, failure.getCause());
        assertEquals(
                "the Discord bot is not started; cannot reach ChannelAddress[platform=DISCORD, community=1, channel=2]",
                failure.getCause().getMessage());
    }

    @Test
    @DisplayName("a Slack channel is refused by the Discord outbox")
    void edit_otherPlatform_isRefused() {
        MessageHandle slack = new MessageHandle(new ChannelAddress(Platform.SLACK, "T1", "C1"), "1.2");
        ExecutionException failure = assertThrows(
                ExecutionException.class,
                () -> bot.outbox().edit(slack, Reply.text("x")).get());
        assertEquals(
                "not a Discord channel: ChannelAddress[platform=SLACK, community=T1, channel=C1]",
                failure.getCause().getMessage());
    }
}
