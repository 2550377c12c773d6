package dev.wenda.content;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the raw lines under a question into clean Markdown lines, each keeping its source line
 * number: HTML anchors, {@code <br />} and a leading {@code 答：} go; {@code <img>} becomes a
 * Markdown image; tabs are expanded, the common indentation removed and the remaining indentation
 * levels rewritten as two spaces each; list markers become {@code - } / {@code 1. }; headings inside
 * an answer become bold lines; runs of blank lines collapse to one. Code blocks keep their text.
 *
 * <p>Line breaks are kept as they are: chat platforms show a single newline as a line break, so
 * 003's answer lines (which end in Markdown's two-space hard break) stay separate lines.
 */
final class AnswerCleaner {
    private static final Pattern ANCHOR =
            Pattern.compile("<a\\s+(?:name|id)\\s*=\\s*\"[^\"]*\"\\s*>\\s*</a>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_BREAKS =
            Pattern.compile("(?:[ \\t]*<br\\s*/?>)+[ \\t]*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_SPACE = Pattern.compile("[\\s\\u00A0\\u3000]+$");
    private static final Pattern IMG = Pattern.compile("<img\\s[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*[\"']([^\"']*)[\"']", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANSWER_PREFIX = Pattern.compile("^([ \\t]*)答[:：][ \\t]*");
    private static final Pattern BULLET = Pattern.compile("^( *)[-*+][ \\t]+(?=\\S)");
    private static final Pattern ORDERED = Pattern.compile("^( *)(\\d{1,9})([.)])[ \\t]+(?=\\S)");
    private static final Pattern HEADING = Pattern.compile("^( *)#{1,6}[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*$");

    private AnswerCleaner() {}

    static List<SourceLine> clean(List<SourceLine> body) {
        List<SourceLine> lines = new ArrayList<>();
        for (SourceLine line : body) {
            if (!line.isText()) {
                lines.add(line.withText(stripTrailing(line.text())));
                continue;
            }
            String text = ANCHOR.matcher(line.text()).replaceAll("");
            text = IMG.matcher(text).replaceAll(m -> Matcher.quoteReplacement(markdownImage(m.group())));
            text = TRAILING_BREAKS.matcher(text).replaceAll("");
            for (String part : BREAK.split(text, -1)) {
                lines.add(line.withText(stripTrailing(part)));
            }
        }
        removeAnswerPrefix(lines);
        return collapseBlankLines(normaliseIndentation(expandTabs(lines)));
    }

    private static String markdownImage(String tag) {
        Matcher src = SRC.matcher(tag);
        if (!src.find()) {
            return "";
        }
        Matcher alt = ALT.matcher(tag);
        return "![" + (alt.find() ? alt.group(1) : "") + "](" + src.group(1) + ")";
    }

    private static void removeAnswerPrefix(List<SourceLine> lines) {
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            if (line.isText()) {
                lines.set(i, line.withText(ANSWER_PREFIX.matcher(line.text()).replaceFirst("$1")));
            }
            return;
        }
    }

    private static List<SourceLine> expandTabs(List<SourceLine> lines) {
        List<SourceLine> expanded = new ArrayList<>(lines.size());
        for (SourceLine line : lines) {
            int indent = line.indent();
            String rest = line.text().stripLeading();
            expanded.add(line.withText(rest.isEmpty() ? "" : " ".repeat(indent) + rest));
        }
        return expanded;
    }

    /**
     * Removes the common indentation, then maps each distinct indentation of text lines to a level
     * of two spaces; code lines move with their opening fence.
     */
    private static List<SourceLine> normaliseIndentation(List<SourceLine> lines) {
        TreeSet<Integer> indents = new TreeSet<>();
        for (SourceLine line : lines) {
            if (!line.isBlank() && line.kind() != SourceLine.Kind.CODE) {
                indents.add(line.indent());
            }
        }
        List<SourceLine> result = new ArrayList<>(lines.size());
        int fenceShift = 0;
        for (SourceLine line : lines) {
            if (line.isBlank()) {
                result.add(line.withText(""));
                continue;
            }
            int indent = line.indent();
            String rest = line.text().substring(indent);
            if (line.kind() == SourceLine.Kind.CODE) {
                int removed = Math.min(indent, fenceShift);
                result.add(line.withText(line.text().substring(removed)));
                continue;
            }
            int level = indents.headSet(indent).size();
            String newIndent = "  ".repeat(level);
            if (line.kind() == SourceLine.Kind.FENCE) {
                fenceShift = indent;
                result.add(line.withText(newIndent + rest));
                continue;
            }
            result.add(line.withText(tidyMarkers(newIndent + rest)));
        }
        return result;
    }

    private static String tidyMarkers(String text) {
        Matcher heading = HEADING.matcher(text);
        if (heading.matches() && !heading.group(2).isEmpty()) {
            return heading.group(1) + "**" + heading.group(2) + "**";
        }
        Matcher bullet = BULLET.matcher(text);
        if (bullet.find()) {
            return bullet.replaceFirst("$1- ");
        }
        Matcher ordered = ORDERED.matcher(text);
        if (ordered.find()) {
            return ordered.replaceFirst("$1$2$3 ");
        }
        return text;
    }

    static List<SourceLine> collapseBlankLines(List<SourceLine> lines) {
        List<SourceLine> result = new ArrayList<>(lines.size());
        boolean previousBlank = true;
        for (SourceLine line : lines) {
            boolean blank = line.isBlank() && line.kind() != SourceLine.Kind.CODE;
            if (blank && previousBlank) {
                continue;
            }
            result.add(line);
            previousBlank = blank;
        }
        while (!result.isEmpty()
                && result.getLast().isBlank()
                && result.getLast().kind() != SourceLine.Kind.CODE) {
            result.removeLast();
        }
        return result;
    }

    /** Also strips the no-break and ideographic spaces {@link String#stripTrailing} keeps. */
    private static String stripTrailing(String text) {
        return TRAILING_SPACE.matcher(text).replaceFirst("");
    }
}
