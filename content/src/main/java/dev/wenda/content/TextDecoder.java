package dev.wenda.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into lines: strips a UTF-8 byte order mark, accepts LF, CRLF and CR line
 * ends, and reports (rather than throws on) invalid UTF-8, whose bytes become U+FFFD so the rest of
 * the file still loads.
 */
final class TextDecoder {
    /** Like git: a NUL byte in the first 8000 bytes means the file is not text. */
    private static final int BINARY_PROBE = 8000;

    private TextDecoder() {}

    /** The decoded lines and the line of the first invalid UTF-8 sequence, if any. */
    record Decoded(List<String> lines, Optional<Integer> invalidUtf8Line) {
        Decoded {
            lines = List.copyOf(lines);
        }
    }

    static boolean looksBinary(byte[] bytes) {
        int end = Math.min(bytes.length, BINARY_PROBE);
        for (int i = 0; i < end; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static Decoded decode(byte[] bytes) {
        Optional<Integer> badLine = firstMalformedOffset(bytes).map(offset -> lineOfOffset(bytes, offset));
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        String text;
        try {
            text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder cannot fail", e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new Decoded(splitLines(text), badLine);
    }

    private static Optional<Integer> firstMalformedOffset(byte[] bytes) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = strict.decode(in, out, true);
            if (result.isError()) {
                return Optional.of(in.position());
            }
            if (result.isOverflow()) {
                out.clear();
                continue;
            }
            CoderResult flushed = strict.flush(out);
            if (flushed.isOverflow()) {
                out.clear();
                continue;
            }
            return Optional.empty();
        }
    }

    private static int lineOfOffset(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < length) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
