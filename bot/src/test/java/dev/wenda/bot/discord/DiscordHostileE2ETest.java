package dev.wenda.bot.discord;

import static dev.wenda.bot.discord.fake.DiscordPayloads.ALICE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wenda.bot.app.ChatDispatcher;
import dev.wenda.bot.calc.Calc;
import dev.wenda.bot.calc.NumericQuestions;
import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.ChatService;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.chat.UserText;
import dev.wenda.bot.discord.fake.DiscordPayloads;
import dev.wenda.bot.discord.fake.FakeDiscordRest.Recorded;
import dev.wenda.bot.discord.fake.InteractionPayloads;
import dev.wenda.bot.discord.fake.InteractionPayloads.Interaction;
import dev.wenda.bot.fuzz.Hostile;
import dev.wenda.bot.help.HelpService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Hostile messages and slash commands through real JDA against the fake Discord, answered by the
 * real calc and help services: every message payload the fake REST server receives allows no
 * mentions at all.
 */
class DiscordHostileE2ETest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static RunningBot running;

    @BeforeAll
    static void start() throws InterruptedException {
        NumericQuestions calc = new NumericQuestions(new Calc());
        ChatService ask = request -> request instanceof ChatRequest.Ask a
                ? Reply.text("You asked: " + UserText.quote(a.question()))
                : Reply.nothing();
        ChatService calcService = request -> request instanceof ChatRequest.Calc c
                ? calc.calc(c.expression(), c.origin().locale())
                : Reply.nothing();
        running = new RunningBot(
                new ChatDispatcher(ask, request -> Reply.nothing(), calcService, new HelpService()),
                QuestionSuggester.none(),
                QuestionSuggester.none(),
                true);
    }

    @AfterAll
    static void stop() {
        running.close();
    }

    @Test
    @DisplayName("hostile mentions and /calc expressions: every payload Discord receives has allowed_mentions parse []")
    void hostileTraffic_everyPayload_allowsNoMentions() throws InterruptedException {
        List<Interaction> interactions = new ArrayList<>();
        for (String hostile : Hostile.SAMPLES) {
            running.discord.post(
                    DiscordPayloads.userMessage(ALICE, "<@" + DiscordPayloads.SELF + "> " + hostile, true));
            interactions.add(running.discord.send(
                    InteractionPayloads.by(ALICE).slash("calc", "rf", Map.of("expression", hostile))));
        }
        String channelMessages = "/api/v10/channels/" + DiscordPayloads.CHANNEL + "/messages";
        running.discord.rest.awaitAll(r -> r.is("POST", channelMessages), Hostile.SAMPLES.size(), WAIT);
        for (Interaction interaction : interactions) {
            running.discord.rest.await(
                    r -> r.is("PATCH", interaction.originalPath()) || r.is("POST", interaction.webhookPath()), WAIT);
        }

        int checked = 0;
        for (Recorded request : running.discord.rest.requests()) {
            JsonNode body = request.json();
            if (!body.has("content") && !body.has("embeds")) {
                continue;
            }
            checked++;
            assertEquals("[]", body.path("allowed_mentions").path("parse").toString(), request.rawBody());
            assertFalse(body.path("allowed_mentions").path("replied_user").asBoolean(true), request.rawBody());
        }
        assertTrue(checked >= 2 * Hostile.SAMPLES.size(), "checked only " + checked + " payloads");
    }
}
