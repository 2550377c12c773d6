package dev.wenda.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Derives topic tags from an entry's text using the keyword list in {@code tags.txt} (a plain-text
 * resource an editor can extend). A tag applies when one of its keywords is in the question, or its
 * keywords occur at least twice in the answer (one passing mention does not make a topic).
 */
final class Tagger {
    private static final String RESOURCE = "tags.txt";
    private static final int ANSWER_HITS = 2;
    private static final Pattern ASCII_WORD = Pattern.compile("[a-z0-9]+");

    /** A lower-case keyword; {@code word} when it is ASCII letters/digits that must stand alone. */
    private record Keyword(String text, boolean word) {
        /** Start of the next occurrence at or after {@code from}, or -1. */
        int find(String haystack, int from) {
            int at = haystack.indexOf(text, from);
            while (at >= 0 && word && !standsAlone(haystack, at)) {
                at = haystack.indexOf(text, at + 1);
            }
            return at;
        }

        private boolean standsAlone(String haystack, int at) {
            int end = at + text.length();
            return (at == 0 || !isAsciiWordChar(haystack.charAt(at - 1)))
                    && (end == haystack.length() || !isAsciiWordChar(haystack.charAt(end)));
        }

        private static boolean isAsciiWordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }
    }

    private record Tag(String name, List<Keyword> keywords) {}

    private final List<Tag> tags;

    private Tagger(List<Tag> tags) {
        this.tags = List.copyOf(tags);
    }

    /** The tagger over the bundled {@code tags.txt}; fails loudly when the resource is missing. */
    static Tagger bundled() {
        try (InputStream in = Tagger.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: dev/wenda/content/" + RESOURCE);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled " + RESOURCE, e);
        }
    }

    static Tagger parse(String text) {
        List<Tag> tags = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            while ((line = reader.readLine()) != null) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon <= 0) {
                    throw new IllegalArgumentException("tag line needs \"tag: keywords\", was: " + line);
                }
                List<Keyword> keywords = new ArrayList<>();
                for (String keyword : line.substring(colon + 1).split(",")) {
                    String word = keyword.strip().toLowerCase(Locale.ROOT);
                    if (!word.isEmpty()) {
                        keywords.add(new Keyword(word, ASCII_WORD.matcher(word).matches()));
                    }
                }
                tags.add(new Tag(line.substring(0, colon).strip(), keywords));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Tagger(tags);
    }

    List<String> tag(String question, String answer) {
        String q = question.toLowerCase(Locale.ROOT);
        String a = answer.toLowerCase(Locale.ROOT);
        List<String> result = new ArrayList<>();
        for (Tag tag : tags) {
            if (tag.keywords().stream().anyMatch(k -> k.find(q, 0) >= 0) || answerHits(tag, a) >= ANSWER_HITS) {
                result.add(tag.name());
            }
        }
        return result;
    }

    /** Occurrences of the tag's keywords in the answer; overlapping matches count once. */
    private static int answerHits(Tag tag, String answer) {
        List<int[]> spans = new ArrayList<>();
        for (Keyword keyword : tag.keywords()) {
            for (int at = keyword.find(answer, 0); at >= 0; at = keyword.find(answer, at + 1)) {
                spans.add(new int[] {at, at + keyword.text().length()});
            }
        }
        spans.sort(java.util.Comparator.comparingInt(s -> s[0]));
        int hits = 0;
        int end = -1;
        for (int[] span : spans) {
            if (span[0] >= end) {
                hits++;
            }
            end = Math.max(end, span[1]);
        }
        return hits;
    }
}
