package dev.wenda.content;

/**
 * One line of a content file with its 1-based number and whether it belongs to a fenced code block.
 *
 * @param kind {@code TEXT} outside fences, {@code FENCE} for an opening or closing fence line,
 *     {@code CODE} for a line inside a fence
 */
record SourceLine(int number, String text, Kind kind) {
    enum Kind {
        TEXT,
        FENCE,
        CODE
    }

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    /** Columns of leading white space, a tab advancing to the next multiple of four. */
    int indent() {
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                column++;
            } else if (c == '\t') {
                column += 4 - column % 4;
            } else {
                return column;
            }
        }
        return column;
    }

    SourceLine withText(String newText) {
        return new SourceLine(number, newText, kind);
    }
}
