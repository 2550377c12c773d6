package dev.wenda.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the line-level markers a question can start with. Only lines outside code fences and
 * starting in column 0 count: indented lines belong to the answer above them (list items, nested
 * content), which is how 002's {@code #####} sub-headings stay inside their answers.
 */
final class Markers {
    /** {@code # text}, also {@code - #### text} (002 writes its questions as list-item headings). */
    private static final Pattern HEADING = Pattern.compile("^(?:[-*+][ \\t]+)?(#{1,6})(?:[ \\t]+(.*))?$");

    private static final Pattern CLOSING_HASHES = Pattern.compile("[ \\t]+#+[ \\t]*$|^#+[ \\t]*$");
    /** A whole line in single emphasis: {@code _text_} or {@code *text*} (004's questions). */
    private static final Pattern EMPHASIS = Pattern.compile("^([_*])([^\\s_*](?:.*[^\\s_*])?)\\1[ \\t]*$");
    /** {@code 12. text} or {@code 12、text} in column 0 (003's questions). */
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,4})[.、．](?!\\d)[ \\t]*(\\S.*)$");

    private static final Pattern ANCHOR_LINE =
            Pattern.compile("^[ \\t]*<a\\s+(?:name|id)\\s*=\\s*\"[^\"]*\"\\s*>\\s*</a>[ \\t]*$");

    private Markers() {}

    record Heading(int level, String text) {}

    record Numbered(int number, String text) {}

    static Optional<Heading> heading(SourceLine line) {
        if (!line.isText()) {
            return Optional.empty();
        }
        Matcher m = HEADING.matcher(line.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String text = m.group(2) == null ? "" : m.group(2);
        text = CLOSING_HASHES.matcher(text).replaceAll("").strip();
        return Optional.of(new Heading(m.group(1).length(), text));
    }

    static Optional<String> emphasis(SourceLine line) {
        if (!line.isText()) {
            return Optional.empty();
        }
        Matcher m = EMPHASIS.matcher(line.text());
        return m.matches() ? Optional.of(m.group(2)) : Optional.empty();
    }

    static Optional<Numbered> numbered(SourceLine line) {
        if (!line.isText()) {
            return Optional.empty();
        }
        Matcher m = NUMBERED.matcher(line.text());
        return m.matches() ? Optional.of(new Numbered(Integer.parseInt(m.group(1)), m.group(2))) : Optional.empty();
    }

    /** An HTML anchor alone on its line: 001 puts one before each question; it is never content. */
    static boolean isAnchorOnly(SourceLine line) {
        return line.isText() && ANCHOR_LINE.matcher(line.text()).matches();
    }

    /** A line that carries answer content (not blank, not a bare anchor). */
    static boolean isContent(SourceLine line) {
        return !line.isBlank() && !isAnchorOnly(line);
    }
}
