package dev.wenda.bot.slack;

/**
 * Request-controlled text made fit for one log line: CR, LF and other control characters escaped
 * ({@code \n}, {@code \r}, {@code \t}, {@code \u001b}…), cut to a length with {@code …}, so no
 * request can forge a log line, move a terminal's cursor or blow a line up to megabytes.
 */
final class LogSafe {
    private LogSafe() {}

    static String text(String text, int max) {
        if (text == null) {
            return "-";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int i = 0;
        for (; i < text.length() && out.length() < max; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        if (i < text.length()) {
            out.append('…');
        }
        return out.toString();
    }
}
