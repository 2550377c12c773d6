package dev.wenda.bot.chat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;

/**
 * How many columns text takes in a monospace font (a terminal, a code block): two for characters
 * whose Unicode East Asian Width is Wide or Fullwidth (CJK, full-width forms, emoji shown as
 * emoji), one for the rest. The one rule for every aligned table and column of the bot.
 */
public final class TextWidth {
    private TextWidth() {}

    /** The columns {@code text} takes. */
    public static int of(String text) {
        return text.codePoints().map(TextWidth::columns).sum();
    }

    /** {@code text} padded with spaces on the right to {@code width} columns. */
    public static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    /** The columns one code point takes. */
    public static int columns(int codePoint) {
        int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
        return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
    }
}
