package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link QuestionPool} over a list of entries, without an index: a topic matches entries tagged
 * with it, else entries whose question or tags contain it; closeness is shared tags plus the
 * overlap of the questions' character bigrams (which works for Chinese without a tokenizer).
 */
public final class BankQuestionPool implements QuestionPool {
    /** The most entries a tag may carry and still name one subject. */
    static final int RARE_TAG = 3;

    private final List<QaEntry> entries;
    private final Map<String, QaEntry> byId = new LinkedHashMap<>();
    private final Map<String, Set<String>> grams = new HashMap<>();
    private final Map<String, Integer> tagCounts = new HashMap<>();
    /** Each entry's texts, worked out the first time a question needs them (by entry id). */
    private final Map<String, Known> texts = new ConcurrentHashMap<>();

    public BankQuestionPool(List<QaEntry> entries) {
        this.entries = List.copyOf(entries);
        for (QaEntry entry : this.entries) {
            byId.put(entry.id(), entry);
            grams.put(entry.id(), bigrams(entry.question()));
            entry.tags().forEach(tag -> tagCounts.merge(tag, 1, Integer::sum));
        }
    }

    /**
     * {@link Overlaps#lexical}, and entries sharing a rare tag: one that at most {@link #RARE_TAG}
     * entries and at most 5 % of the bank carry names a subject (数据增强, GAN), not a field, and
     * two entries on one subject too often answer each other's question.
     */
    @Override
    public boolean overlaps(QaEntry a, QaEntry b) {
        return Overlaps.lexical(a, b, this::text) || shareRareTag(a, b);
    }

    /** {@link EntryText#of}, kept for the life of the pool; an entry this bank does not hold is not kept. */
    EntryText text(QaEntry entry) {
        Known known = texts.computeIfAbsent(entry.id(), id -> new Known(entry, EntryText.of(entry)));
        return known.entry() == entry || known.entry().equals(entry) ? known.text() : EntryText.of(entry);
    }

    private record Known(QaEntry entry, EntryText text) {}

    private boolean shareRareTag(QaEntry a, QaEntry b) {
        return a.tags().stream().filter(b.tags()::contains).anyMatch(tag -> {
            int count = tagCounts.getOrDefault(tag, 0);
            return count <= RARE_TAG && count * 20 <= entries.size();
        });
    }

    @Override
    public List<QaEntry> entries(String topic) {
        String wanted = topic.strip().toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return entries;
        }
        List<QaEntry> tagged = entries.stream()
                .filter(e -> e.tags().stream()
                        .anyMatch(t -> t.toLowerCase(Locale.ROOT).equals(wanted)))
                .toList();
        if (!tagged.isEmpty()) {
            return tagged;
        }
        return entries.stream()
                .filter(e -> e.question().toLowerCase(Locale.ROOT).contains(wanted)
                        || e.tags().stream()
                                .anyMatch(t -> t.toLowerCase(Locale.ROOT).contains(wanted)))
                .toList();
    }

    @Override
    public List<QaEntry> similar(QaEntry entry, int limit) {
        Set<String> own = grams.getOrDefault(entry.id(), bigrams(entry.question()));
        return entries.stream()
                .filter(other -> !other.id().equals(entry.id()))
                .map(other -> Map.entry(other, closeness(entry, own, other)))
                .sorted(Map.Entry.<QaEntry, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(e -> e.getKey().id()))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    @Override
    public Optional<QaEntry> entry(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private double closeness(QaEntry entry, Set<String> own, QaEntry other) {
        long sharedTags = other.tags().stream().filter(entry.tags()::contains).count();
        Set<String> theirs = grams.get(other.id());
        long shared = theirs.stream().filter(own::contains).count();
        long union = own.size() + theirs.size() - shared;
        double jaccard = union == 0 ? 0 : (double) shared / union;
        return sharedTags + jaccard;
    }

    private static Set<String> bigrams(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[\\s\\p{Punct}，。？！、：；（）]+", "");
        Set<String> grams = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            grams.add(s.substring(i, i + 2));
        }
        return grams;
    }
}
