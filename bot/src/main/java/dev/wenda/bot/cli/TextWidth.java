package dev.wenda.bot.cli;

/** Terminal column widths: East Asian wide and full-width characters take two columns. */
final class TextWidth {
    private TextWidth() {}

    static int of(String text) {
        return text.codePoints().map(TextWidth::columns).sum();
    }

    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    private static int columns(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
