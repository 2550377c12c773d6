package dev.wenda.bot.discord.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The fake gateway and REST server together, as one Discord on 127.0.0.1. */
public final class FakeDiscord implements AutoCloseable {
    public final FakeDiscordGateway gateway = new FakeDiscordGateway();
    public final FakeDiscordRest rest;

    public FakeDiscord() {
        this(2);
    }

    /** With {@code restThreads} threads answering REST calls. */
    public FakeDiscord(int restThreads) {
        rest = new FakeDiscordRest(gateway.url(), restThreads);
    }

    /** Delivers an interaction to the bot, as Discord would when a user acts. */
    public InteractionPayloads.Interaction send(InteractionPayloads.Interaction interaction) {
        gateway.dispatch("INTERACTION_CREATE", interaction.payload());
        return interaction;
    }

    /** Delivers a channel message to the bot. */
    public void post(ObjectNode message) {
        gateway.dispatch("MESSAGE_CREATE", message);
    }

    @Override
    public void close() {
        gateway.close();
        rest.close();
    }
}
