package dev.wenda.content;

import java.util.Objects;

/** The bytes of one content file, named as the author knows it (relative to the bank folder). */
record RawFile(String name, byte[] bytes) {
    RawFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }

    /** The file name without its extension: the {@code stem} of every {@link SourceRef}. */
    String stem() {
        return stemOf(name);
    }

    static String stemOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
