package dev.wenda.content;

import java.util.Objects;

/**
 * Where an entry came from: the file stem (file name without extension), the entry's 1-based
 * ordinal among the entries of that file, and the line its question starts on.
 *
 * <p>Written {@code stem#ordinal}, e.g. {@code 000_0499e02e3bd88c97#17}; evaluation files refer to
 * entries this way.
 */
public record SourceRef(String stem, int ordinal, int line) {
    public SourceRef {
        Objects.requireNonNull(stem, "stem");
        if (stem.isBlank()) {
            throw new IllegalArgumentException("stem must not be blank");
        }
        if (ordinal < 1) {
            throw new IllegalArgumentException("ordinal must be >= 1, was " + ordinal);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line must be >= 1, was " + line);
        }
    }

    /** The {@code stem#ordinal} form used by evaluation files and shown to users. */
    public String key() {
        return stem + "#" + ordinal;
    }

    @Override
    public String toString() {
        return key();
    }
}
