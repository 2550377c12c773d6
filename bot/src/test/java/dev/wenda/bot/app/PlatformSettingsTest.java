package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.config.ConfigLoader;
import dev.wenda.bot.config.WendaConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PlatformSettingsTest {
    private static WendaConfig config(Map<String, String> env) {
        return new ConfigLoader(env, () -> "test").load(Optional.empty());
    }

    @Test
    @DisplayName("a Discord guild's shard is (id >> 22) % total, as Discord computes it")
    void shardOf_guildIds() {
        // 175928847299117063 >> 22 = 41944705796; Discord's documentation example.
        assertEquals(OptionalInt.of(4), PlatformSettings.shardOf("175928847299117063", 16));
        assertEquals(OptionalInt.of(0), PlatformSettings.shardOf("175928847299117063", 1));
        assertEquals(OptionalInt.empty(), PlatformSettings.shardOf("console", 4));
    }

    @Test
    @DisplayName("schedules fire for Slack channels and for Discord guilds of this process's shards only")
    void schedulable_followsPlatformsAndShards() {
        Predicate<ChannelAddress> sharded = PlatformSettings.schedulable(config(Map.of(
                "WENDA_DISCORD_ENABLED", "true",
                "WENDA_DISCORD_TOKEN", "fake-token",
                "WENDA_DISCORD_SHARDS", "0-1/4")));
        // guild ids whose shard among 4 is 0, 1, 2 and 3
        List<String> guilds = List.of(
                Long.toString(0L << 22), Long.toString(1L << 22), Long.toString(2L << 22), Long.toString(3L << 22));
        assertEquals(
                List.of(true, true, false, false),
                guilds.stream()
                        .map(g -> sharded.test(new ChannelAddress(Platform.DISCORD, g, "c")))
                        .toList());
        assertEquals(false, sharded.test(new ChannelAddress(Platform.SLACK, "T1", "C1")), "Slack is off");
        Predicate<ChannelAddress> slackOnly = PlatformSettings.schedulable(config(Map.of(
                "WENDA_SLACK_ENABLED", "true",
                "WENDA_SLACK_BOT_TOKEN", "xoxb-fake",
                "WENDA_SLACK_APP_TOKEN", "xapp-fake")));
        assertEquals(true, slackOnly.test(new ChannelAddress(Platform.SLACK, "T1", "C1")));
        assertEquals(false, slackOnly.test(new ChannelAddress(Platform.DISCORD, guilds.getFirst(), "c")));
        assertEquals(false, slackOnly.test(new ChannelAddress(Platform.CONSOLE, "console", "general")));
    }
}
