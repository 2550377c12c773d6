package dev.wenda.bot.console;

/**
 * Text made safe for a terminal: C0 control characters other than line feed and tab, DEL and C1
 * controls are dropped, so an escape sequence in a bank answer or a player's name cannot move the
 * cursor, clear the screen, retitle the window or fake other output. Only the renderer's own
 * styling (added after this) reaches the terminal as escapes.
 */
public final class TerminalText {
    private TerminalText() {}

    /** {@code text} without control characters except {@code \n} and {@code \t}. */
    public static String strip(String text) {
        if (text.chars().noneMatch(TerminalText::unsafe)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.chars().filter(c -> !unsafe(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static boolean unsafe(int c) {
        return c != '\n' && c != '\t' && Character.isISOControl(c);
    }
}
