package dev.wenda.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes an entry's author-written key point out of its answer: a line of its own, outside code
 * fences, {@code <!-- key: text -->} (or {@code <!-- 要点：text -->}). An HTML comment, so the file
 * still renders as the author wrote it; taken out, so the answer (what search indexes and chat
 * shows) is unchanged by it. The quiz states the entry's point with it.
 */
final class KeyPoints {
    private static final Pattern KEY = Pattern.compile("^[ \\t]*<!--[ \\t]*(?i:key|要点)[ \\t]*[:：](.*?)-->[ \\t]*$");

    private KeyPoints() {}

    /**
     * @param keyPoint the first key point, stripped; empty when the body has none
     * @param body the body without key point lines
     * @param problems warnings: an empty key point, a second one
     */
    record Extracted(String keyPoint, List<SourceLine> body, List<LoadProblem> problems) {
        Extracted {
            body = List.copyOf(body);
            problems = List.copyOf(problems);
        }
    }

    static Extracted extract(String file, List<SourceLine> body) {
        String key = "";
        List<SourceLine> rest = new ArrayList<>(body.size());
        List<LoadProblem> problems = new ArrayList<>();
        for (SourceLine line : body) {
            Matcher m = line.isText() ? KEY.matcher(line.text()) : null;
            if (m == null || !m.matches()) {
                rest.add(line);
                continue;
            }
            String text = m.group(1).strip().replaceAll("\\s+", " ");
            if (text.isEmpty()) {
                problems.add(warning(file, line, "empty key point"));
            } else if (!key.isEmpty()) {
                problems.add(warning(file, line, "second key point for one question; the first is used"));
            } else {
                key = text;
            }
        }
        return new Extracted(key, rest, problems);
    }

    /** Whether {@code line} is a key point line (never answer content). */
    static boolean isKeyPoint(SourceLine line) {
        return line.isText() && KEY.matcher(line.text()).matches();
    }

    private static LoadProblem warning(String file, SourceLine line, String message) {
        return new LoadProblem(file, line.number(), LoadProblem.Severity.WARNING, message);
    }
}
