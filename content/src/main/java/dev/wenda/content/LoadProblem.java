package dev.wenda.content;

import java.util.Objects;

/**
 * A problem found while reading a content file, printed as {@code file:line: message} ({@code
 * file: message} when it concerns the whole file).
 *
 * @param file the file name as the user knows it (relative to the bank folder)
 * @param line the 1-based line, or 0 when the problem concerns the whole file
 * @param severity errors make {@code wenda content check} fail; warnings do not
 * @param message what is wrong, in words the author can act on
 */
public record LoadProblem(String file, int line, Severity severity, String message) {
    public LoadProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    public enum Severity {
        WARNING,
        ERROR
    }

    @Override
    public String toString() {
        return line == 0 ? file + ": " + message : file + ":" + line + ": " + message;
    }
}
