package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordShardingE2ETest {
    @Test
    @DisplayName(
            "with only the REST URL overridden, the bot asks /gateway/bot, runs its configured shard and registers commands globally")
    void shardRangeAndGlobalCommands() throws InterruptedException {
        try (FakeDiscord discord = new FakeDiscord()) {
            DiscordConfig config = new DiscordConfig(
                    () -> "fake-token",
                    List.of(),
                    ShardSpec.parse("0/2"),
                    false,
                    Optional.empty(),
                    Optional.of(discord.rest.baseUrl()),
                    Optional.empty());
            try (DiscordBot bot = new DiscordBot(config)) {
                bot.start(request -> Reply.nothing(), QuestionSuggester.none(), QuestionSuggester.none());
                assertTrue(bot.awaitReady(Duration.ofSeconds(10)), "shard 0 connected");

                discord.rest.await("PUT", "/api/v10/applications/" + DiscordPayloads.APP + "/commands");
                assertEquals(
                        "[0,2]",
                        discord.gateway.identifies().get(0).path("shard").toString());
                assertTrue(discord.rest.requests().stream().anyMatch(r -> r.is("GET", "/api/v10/gateway/bot")));
                assertTrue(
                        discord.rest.requests().stream().noneMatch(r -> r.path().contains("/guilds/")));
            }
        }
    }
}
