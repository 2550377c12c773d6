package dev.wenda.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks which lines sit inside fenced code blocks ({@code ```} or {@code ~~~}), so headings and
 * question markers inside code are never mistaken for structure.
 */
final class FenceScanner {
    private static final Pattern OPEN = Pattern.compile("^[ \\t]*(`{3,}|~{3,})(.*)$");

    private FenceScanner() {}

    /** The classified lines and the line number of a fence that never closes, if any. */
    record Scanned(List<SourceLine> lines, Optional<Integer> unclosedFenceLine) {
        Scanned {
            lines = List.copyOf(lines);
        }
    }

    static Scanned scan(List<String> texts) {
        List<SourceLine> lines = new ArrayList<>(texts.size());
        String fence = null;
        int openedAt = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            int number = i + 1;
            if (fence == null) {
                Matcher open = OPEN.matcher(text);
                if (open.matches()
                        && !(open.group(1).charAt(0) == '`' && open.group(2).contains("`"))) {
                    fence = open.group(1);
                    openedAt = number;
                    lines.add(new SourceLine(number, text, SourceLine.Kind.FENCE));
                } else {
                    lines.add(new SourceLine(number, text, SourceLine.Kind.TEXT));
                }
            } else if (closes(text, fence)) {
                fence = null;
                lines.add(new SourceLine(number, text, SourceLine.Kind.FENCE));
            } else {
                lines.add(new SourceLine(number, text, SourceLine.Kind.CODE));
            }
        }
        return new Scanned(lines, fence == null ? Optional.empty() : Optional.of(openedAt));
    }

    private static boolean closes(String text, String fence) {
        String trimmed = text.strip();
        if (trimmed.length() < fence.length()) {
            return false;
        }
        char c = fence.charAt(0);
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }
}
