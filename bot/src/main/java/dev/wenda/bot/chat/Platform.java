package dev.wenda.bot.chat;

/** The chat platforms a request can come from. */
public enum Platform {
    CONSOLE,
    DISCORD,
    SLACK;

    /** Whether the platform opens a {@link Form} (Discord and Slack modals); the console types commands instead. */
    public boolean hasForms() {
        return this != CONSOLE;
    }
}
