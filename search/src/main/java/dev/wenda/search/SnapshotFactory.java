package dev.wenda.search;

import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Builds (or reopens) the index of a bank and wraps it in an {@link IndexSnapshot}. */
final class SnapshotFactory {
    static final int TOPICS = 8;
    private static final Pattern LATIN_WORD = Pattern.compile("[a-z]+");

    private final Analysis analysis;
    private final Synonyms synonyms;
    private final ConceptFeatures concepts;
    private final Optional<Embedder> embedder;
    private final IndexStore store;

    SnapshotFactory(
            Analysis analysis,
            Synonyms synonyms,
            QueryTerms.ConceptCache conceptCache,
            Optional<Embedder> embedder,
            IndexStore store) {
        this.analysis = analysis;
        this.synonyms = synonyms;
        this.concepts = new ConceptFeatures(synonyms, analysis, conceptCache);
        this.embedder = embedder;
        this.store = store;
    }

    IndexSnapshot create(long version, ContentBank bank, IndexProgress progress) throws IOException {
        IndexStore.Opened opened =
                store.open(bank, new IndexBuilder(analysis, synonyms, concepts, embedder), embedder, progress);
        try {
            return new IndexSnapshot(
                    version,
                    bank.contentHash(),
                    bank.entries(),
                    opened.directory(),
                    new SpellFixer(vocabulary(bank.entries())),
                    embedder.isPresent(),
                    topics(bank.entries()));
        } catch (IOException | RuntimeException e) {
            opened.directory().close();
            throw e;
        }
    }

    /** An empty index for one community's own entries, written like the base bank's. */
    CommunityOverlay overlay() throws IOException {
        return new CommunityOverlay(new IndexBuilder(analysis, synonyms, concepts, embedder), embedder, analysis);
    }

    /** Latin words of the bank and the dictionary, with the number of entries using each. */
    Map<String, Integer> vocabulary(List<QaEntry> entries) {
        Map<String, Integer> counts = latinWords(entries);
        for (List<String> group : synonyms.groups()) {
            for (String variant : group) {
                Matcher m = LATIN_WORD.matcher(variant);
                while (m.find()) {
                    counts.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** Latin words of {@code entries}, with the number of entries using each. */
    static Map<String, Integer> latinWords(Collection<QaEntry> entries) {
        Map<String, Integer> counts = new HashMap<>();
        for (QaEntry e : entries) {
            Set<String> seen = new HashSet<>();
            Matcher m = LATIN_WORD.matcher((e.question() + " " + e.answer()).toLowerCase(Locale.ROOT));
            while (m.find()) {
                if (seen.add(m.group())) {
                    counts.merge(m.group(), 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /**
     * What the bank covers, for abstentions: its most used tags, or when entries carry no tags,
     * the dictionary concepts most often named in questions.
     */
    List<String> topics(List<QaEntry> entries) {
        Map<String, Long> tags = entries.stream()
                .flatMap(e -> e.tags().stream())
                .collect(Collectors.groupingBy(t -> t, Collectors.counting()));
        if (tags.isEmpty()) {
            tags = new HashMap<>();
            for (QaEntry e : entries) {
                for (Synonyms.Concept c : synonyms.expand(analysis.normalizer.normalize(e.question()))
                        .concepts()) {
                    tags.merge(c.variants().getFirst(), 1L, Long::sum);
                }
            }
        }
        return tags.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOPICS)
                .map(Map.Entry::getKey)
                .toList();
    }
}
