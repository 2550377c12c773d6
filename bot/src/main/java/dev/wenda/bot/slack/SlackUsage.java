package dev.wenda.bot.slack;

import dev.wenda.bot.chat.Messages;

/** How the shared text commands are typed on Slack; prepended to the help reply. */
final class SlackUsage {
    private SlackUsage() {}

    /** One line after a usage error: commands follow {@code /wenda}. */
    static String hint(Messages messages) {
        return messages.text("slack.usage.hint");
    }

    /** The Slack usage, followed by the shared help text when there is one. */
    static String text(String sharedHelp, Messages messages) {
        String slack = messages.text("slack.usage");
        return sharedHelp.isBlank() ? slack : slack + "\n\n" + sharedHelp;
    }
}
