package dev.wenda.bot.chat;

/** The chat platforms a request can come from. */
public enum Platform {
    CONSOLE,
    DISCORD,
    SLACK
}
