package dev.wenda.bot.slack;

/**
 * Slack's three control characters. Escaping them is what keeps user text such as {@code <!channel>},
 * {@code <!here>} or {@code <@U123>} from becoming a mention or a link when it is echoed back.
 */
final class SlackEscape {
    private SlackEscape() {}

    /** Replaces {@code &}, {@code <} and {@code >} by their entities, as Slack's mrkdwn requires. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
