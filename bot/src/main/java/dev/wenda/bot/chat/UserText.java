package dev.wenda.bot.chat;

/**
 * Makes user-typed text safe to echo inside a bot reply written in Markdown: Markdown and HTML
 * special characters are backslash-escaped (so {@code **x**} or {@code [a](b)} show literally),
 * invisible and bidirectional control characters are removed, and the text is cut to a length.
 * Mentions are the adapters' job (Discord: no allowed mentions; Slack: {@code <} {@code >}
 * {@code &} escaping of every text node), but escaping here keeps them literal as well.
 */
public final class UserText {
    /** Longest user text echoed back. */
    public static final int MAX_ECHO = 200;

    /** Longest display or group name shown in a title or a table cell. */
    public static final int MAX_NAME = 40;

    private static final String SPECIAL = "\\`*_{}[]()<>#+-.!|~&@:";

    private UserText() {}

    /** The text, escaped for Markdown and cut to {@link #MAX_ECHO} code points with an ellipsis. */
    public static String quote(String text) {
        return quote(text, MAX_ECHO);
    }

    public static String quote(String text, int maxCodePoints) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = text.codePoints().filter(cp -> !invisible(cp)).toArray();
        int kept = Math.min(codePoints.length, maxCodePoints);
        for (int i = 0; i < kept; i++) {
            int cp = codePoints[i];
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                out.append(' ');
                continue;
            }
            if (cp < 0x80 && SPECIAL.indexOf(cp) >= 0) {
                out.append('\\');
            }
            out.appendCodePoint(cp);
        }
        if (kept < codePoints.length) {
            out.append('…');
        }
        return out.toString();
    }

    /**
     * The text for places where Markdown is not interpreted and backslashes would show: code spans,
     * code blocks (tables) and titles. Invisible characters are removed, line breaks become spaces,
     * backticks become {@code ˋ} (U+02CB) so the text cannot close a span or fence, and it is cut to
     * {@code maxCodePoints} with an ellipsis.
     */
    public static String literal(String text, int maxCodePoints) {
        StringBuilder out = new StringBuilder();
        int[] codePoints = text.codePoints().filter(cp -> !invisible(cp)).toArray();
        int kept = Math.min(codePoints.length, maxCodePoints);
        for (int i = 0; i < kept; i++) {
            int cp = codePoints[i];
            out.appendCodePoint(cp == '\n' || cp == '\r' || cp == '\t' ? ' ' : cp == '`' ? 'ˋ' : cp);
        }
        if (kept < codePoints.length) {
            out.append('…');
        }
        return out.toString();
    }

    /** Zero-width characters, bidi controls and other format or control characters. */
    static boolean invisible(int cp) {
        if (cp == '\n' || cp == '\r' || cp == '\t') {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.CONTROL || cp == 0x2028 || cp == 0x2029;
    }
}
