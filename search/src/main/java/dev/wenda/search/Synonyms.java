package dev.wenda.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deep-learning synonym and abbreviation dictionary ({@code synonyms.txt}): groups of
 * spellings of one concept. {@link #expand} finds the groups named in a normalized query, longest
 * spelling first; Latin spellings match whole words only, so {@code bn} never matches inside
 * {@code bnxyz}.
 */
final class Synonyms {
    static final String RESOURCE = "synonyms.txt";

    /** The line that starts the question intents: groups after it name what is asked, not a topic. */
    static final String INTENTS_SECTION = "[intents]";

    private final List<List<String>> groups;
    /** Groups from this position on are question intents ({@link #INTENTS_SECTION}). */
    private final int firstIntent;
    /** Variants by first character, longest first, each with its group index. */
    private final Map<Character, List<Variant>> byFirstChar = new HashMap<>();

    private record Variant(String text, int group) {}

    /**
     * One dictionary group found in a query.
     *
     * @param intent whether the group is a question intent (作用, 区别, ...) rather than a topic
     */
    record Concept(int group, String matched, List<String> variants, boolean intent) {}

    /** A query split into its dictionary concepts and the remaining text (matches blanked). */
    record Expansion(String residual, List<Concept> concepts) {}

    /** A dictionary of topic groups only. */
    Synonyms(List<List<String>> groups) {
        this(groups, groups.size());
    }

    /** Topic groups, then from {@code firstIntent} on, question intents. */
    Synonyms(List<List<String>> groups, int firstIntent) {
        if (firstIntent < 0 || firstIntent > groups.size()) {
            throw new IllegalArgumentException("first intent " + firstIntent + " outside 0.." + groups.size());
        }
        this.groups = List.copyOf(groups);
        this.firstIntent = firstIntent;
        for (int g = 0; g < this.groups.size(); g++) {
            for (String v : this.groups.get(g)) {
                byFirstChar.computeIfAbsent(v.charAt(0), c -> new ArrayList<>()).add(new Variant(v, g));
            }
        }
        byFirstChar
                .values()
                .forEach(list -> list.sort(
                        Comparator.comparingInt((Variant v) -> v.text().length())
                                .reversed()));
    }

    /** The bundled dictionary, normalized with {@code normalizer}; fails loudly when missing. */
    static Synonyms bundled(TextNormalizer normalizer) {
        try (InputStream in = Synonyms.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + RESOURCE + " is missing");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), normalizer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Synonyms parse(BufferedReader reader, TextNormalizer normalizer) throws IOException {
        List<List<String>> groups = new ArrayList<>();
        int firstIntent = -1;
        for (String line; (line = reader.readLine()) != null; ) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.startsWith("[")) {
                if (!trimmed.equals(INTENTS_SECTION) || firstIntent >= 0) {
                    throw new IllegalArgumentException("synonym file: unexpected section line " + trimmed
                            + " (the only section is " + INTENTS_SECTION + ", once)");
                }
                firstIntent = groups.size();
                continue;
            }
            Set<String> variants = new LinkedHashSet<>();
            Arrays.stream(trimmed.split(","))
                    .map(normalizer::normalize)
                    .filter(v -> !v.isEmpty())
                    .forEach(variants::add);
            if (variants.size() < 2) {
                throw new IllegalArgumentException("synonym line needs at least two variants: " + trimmed);
            }
            groups.add(List.copyOf(variants));
        }
        return new Synonyms(groups, firstIntent >= 0 ? firstIntent : groups.size());
    }

    int size() {
        return groups.size();
    }

    List<List<String>> groups() {
        return groups;
    }

    /** Whether group {@code group} is a question intent. */
    boolean isIntent(int group) {
        return group >= firstIntent;
    }

    /** Changes whenever a group, a spelling or the intents change (String and List hash codes are specified). */
    String fingerprint() {
        return String.format(java.util.Locale.ROOT, "%08x", 31 * groups.hashCode() + firstIntent);
    }

    /** Finds the concepts in {@code normalized} (output of {@link TextNormalizer}). */
    Expansion expand(String normalized) {
        StringBuilder residual = new StringBuilder(normalized);
        List<Concept> concepts = new ArrayList<>();
        int i = 0;
        while (i < normalized.length()) {
            Variant hit = longestAt(normalized, i);
            if (hit == null) {
                i++;
                continue;
            }
            int end = i + hit.text().length();
            if (concepts.stream().noneMatch(c -> c.group() == hit.group())) {
                concepts.add(new Concept(hit.group(), hit.text(), groups.get(hit.group()), isIntent(hit.group())));
            }
            for (int k = i; k < end; k++) {
                residual.setCharAt(k, ' ');
            }
            i = end;
        }
        return new Expansion(residual.toString(), List.copyOf(concepts));
    }

    private Variant longestAt(String text, int start) {
        if (start > 0 && isWordChar(text.charAt(start - 1)) && isWordChar(text.charAt(start))) {
            return null; // inside a Latin word
        }
        List<Variant> candidates = byFirstChar.get(text.charAt(start));
        if (candidates == null) {
            return null;
        }
        for (Variant v : candidates) {
            int end = start + v.text().length();
            if (text.startsWith(v.text(), start)
                    && !(end < text.length() && isWordChar(text.charAt(end - 1)) && isWordChar(text.charAt(end)))) {
                return v;
            }
        }
        return null;
    }

    static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
