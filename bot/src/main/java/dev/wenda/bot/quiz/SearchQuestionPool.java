package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;
import dev.wenda.search.Embedder;
import dev.wenda.search.Hit;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A {@link BankQuestionPool} that also asks search which entries answer a question. Two entries
 * overlap (never share a question) when, besides {@link Overlaps#lexical}: search offers one for
 * the other's question (as its answer, a related entry or a "did you mean" candidate); or, with the
 * embedding model, one's point is about as good an answer to the other's question as the other's
 * own point, or the two points mean nearly the same.
 *
 * <p>Search is asked only once it is built (so starting a round never waits for the index); until
 * then the lexical rule applies. What search says about an entry is kept for the life of the pool.
 */
public final class SearchQuestionPool implements QuestionPool {
    /** Cosine of two points above which they say the same thing. */
    static final double SAME_POINT = 0.76;
    /** What one shared tag adds to closeness (at most two count). */
    private static final double TAG_WEIGHT = 0.03;

    private final BankQuestionPool bank;
    private final Supplier<Optional<SearchService>> search;
    private final Map<String, Set<String>> offered = new ConcurrentHashMap<>();
    private final Map<String, float[]> points = new ConcurrentHashMap<>();

    /**
     * @param entries the bank's entries (the same bank the search service indexes)
     * @param search the search service once it is built, else empty
     */
    public SearchQuestionPool(List<QaEntry> entries, Supplier<Optional<SearchService>> search) {
        this.bank = new BankQuestionPool(entries);
        this.search = search;
    }

    @Override
    public List<QaEntry> entries(String topic) {
        return bank.entries(topic);
    }

    /**
     * With the model: the entries whose points look most like an answer to {@code entry}'s question
     * (the same field), a shared tag counting a little; without it, {@link BankQuestionPool#similar}.
     */
    @Override
    public List<QaEntry> similar(QaEntry entry, int limit) {
        Optional<Embedder> model = search.get().flatMap(SearchService::embedder);
        if (model.isEmpty()) {
            return bank.similar(entry, limit);
        }
        float[] own = point(model.get(), entry);
        Map<String, Double> closeness = new java.util.HashMap<>();
        for (QaEntry other : bank.entries("")) {
            if (!other.id().equals(entry.id()) && !Summaries.summarize(other, QuestionFactory.OPTION_LENGTH).isEmpty()) {
                long tags = other.tags().stream().filter(entry.tags()::contains).count();
                closeness.put(other.id(), dot(own, point(model.get(), other)) + TAG_WEIGHT * Math.min(tags, 2));
            }
        }
        return closeness.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(java.util.Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(e -> bank.entry(e.getKey()).orElseThrow())
                .toList();
    }

    @Override
    public Optional<QaEntry> entry(String id) {
        return bank.entry(id);
    }

    @Override
    public boolean overlaps(QaEntry a, QaEntry b) {
        if (Overlaps.lexical(a, b)) {
            return true;
        }
        Optional<SearchService> service = search.get();
        if (service.isEmpty()) {
            return false;
        }
        SearchService s = service.get();
        if (offers(s, a).contains(b.id()) || offers(s, b).contains(a.id())) {
            return true;
        }
        return s.embedder().map(model -> sameMeaning(model, a, b)).orElse(false);
    }

    private boolean sameMeaning(Embedder model, QaEntry a, QaEntry b) {
        if (Summaries.summarize(a, QuestionFactory.OPTION_LENGTH).isEmpty()
                || Summaries.summarize(b, QuestionFactory.OPTION_LENGTH).isEmpty()) {
            return false; // an entry without a point is never shown as one
        }
        float[] pointA = point(model, a);
        float[] pointB = point(model, b);
        if (System.getenv("QFDEBUG") != null) System.err.printf("DBG %s %s %.3f%n", a.id(), b.id(), dot(pointA, pointB));
        return dot(pointA, pointB) >= SAME_POINT;
    }

    private float[] point(Embedder model, QaEntry entry) {
        return points.computeIfAbsent(
                entry.id(), id -> model.embedDocument(Summaries.summarize(entry, QuestionFactory.OPTION_LENGTH)));
    }

    private Set<String> offers(SearchService s, QaEntry entry) {
        return offered.computeIfAbsent(entry.id(), id -> {
            SearchOutcome outcome = s.search(entry.question());
            Stream<Hit> hits =
                    switch (outcome) {
                        case SearchOutcome.Answer a -> Stream.concat(Stream.of(a.best()), a.related().stream());
                        case SearchOutcome.Candidates c -> c.candidates().stream();
                        case SearchOutcome.Abstain ignored -> Stream.empty();
                    };
            return hits.map(h -> h.entry().id()).collect(Collectors.toUnmodifiableSet());
        });
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }
}
