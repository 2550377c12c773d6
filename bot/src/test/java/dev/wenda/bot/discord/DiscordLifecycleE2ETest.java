package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.config.ShardRange;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscord;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordLifecycleE2ETest {
    @Test
    @DisplayName(
            "with only the REST URL overridden, the bot asks /gateway/bot, runs its configured shard and registers commands globally")
    void shardRangeAndGlobalCommands() throws InterruptedException {
        try (FakeDiscord discord = new FakeDiscord()) {
            DiscordConfig config = new DiscordConfig(
                    () -> "fake-token",
                    List.of(),
                    Optional.of(ShardRange.parse("0/2", OptionalInt.empty(), "")),
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

    @Test
    @DisplayName(
            "with every shard (the default) the bot connects; once it stops accepting, commands get a restart notice")
    void connectedThenStopAccepting() throws InterruptedException {
        List<ChatRequest> seen = new CopyOnWriteArrayList<>();
        try (FakeDiscord discord = new FakeDiscord()) {
            DiscordConfig config =
                    DiscordConfig.of(() -> "fake-token").withEndpoints(discord.rest.baseUrl(), discord.gateway.url());
            DiscordBot bot = new DiscordBot(config);
            assertFalse(bot.connected());
            bot.start(
                    request -> {
                        seen.add(request);
                        return Reply.text("ok");
                    },
                    QuestionSuggester.none(),
                    QuestionSuggester.none());
            assertTrue(bot.awaitReady(Duration.ofSeconds(10)), "connected");
            assertTrue(bot.connected());
            assertEquals(
                    "[0,1]", discord.gateway.identifies().get(0).path("shard").toString());

            bot.stopAccepting();
            Interaction ask = discord.send(
                    InteractionPayloads.by(DiscordPayloads.ALICE).slash("ask", null, Map.of("question", "anything")));
            JsonNode notice = discord.rest.await("POST", ask.callbackPath()).json();
            assertEquals(4, notice.path("type").asInt());
            assertEquals(64, notice.path("data").path("flags").asInt());
            assertEquals(
                    "Wenda is restarting; please try again in a minute.",
                    notice.path("data").path("content").asText());
            assertEquals(List.of(), seen);

            bot.stop();
            assertFalse(bot.connected());
        }
    }
}
