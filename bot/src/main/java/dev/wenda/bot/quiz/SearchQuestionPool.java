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
import org.apache.lucene.util.VectorUtil;

/**
 * A {@link BankQuestionPool} that also asks search which entries answer a question. Two entries
 * overlap (never share a question) when, besides {@link BankQuestionPool#overlaps}: search answers one's
 * question with the other, offers it (a related entry or a "did you mean" candidate), or ranks it
 * with a decision probability of at least {@link #ANSWERS_AT}; one's point, searched as a query,
 * finds the other (ranked above the point's own entry, or likely outright: the option would read as
 * an answer to the other's question); or, with the embedding model, the two points are close in
 * meaning (cosine at least {@link #SAME_POINT}, about the closest 7 % of candidate pairs).
 *
 * <p>Search is asked only once it is built (so starting a round never waits for the index); until
 * then the lexical rule applies. What search says about an entry is kept for the life of the pool.
 */
public final class SearchQuestionPool implements QuestionPool {
    /** Cosine of two points above which they say the same thing. */
    static final double SAME_POINT = 0.66;
    /**
     * The search decision's probability that an entry answers a question from which on it counts
     * as an answer to it (what search would answer with, offer, or nearly offer).
     */
    static final double ANSWERS_AT = 0.10;
    /** The probability from which an entry ranked above another's own point counts as what that point answers. */
    static final double READ_AS_AT = 0.02;
    /** What one shared tag adds to closeness (at most two count). */
    private static final double TAG_WEIGHT = 0.03;

    private final BankQuestionPool bank;
    private final Supplier<Optional<SearchService>> search;
    private final Map<String, Set<String>> offered = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> readAs = new ConcurrentHashMap<>();
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
            if (!other.id().equals(entry.id()) && !bank.text(other).point().isEmpty()) {
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
        if (bank.overlaps(a, b)) {
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
        if (readAs(s, a).contains(b.id()) || readAs(s, b).contains(a.id())) {
            return true;
        }
        return s.embedder().map(model -> sameMeaning(model, a, b)).orElse(false);
    }

    private boolean sameMeaning(Embedder model, QaEntry a, QaEntry b) {
        if (bank.text(a).point().isEmpty() || bank.text(b).point().isEmpty()) {
            return false; // an entry without a point is never shown as one
        }
        float[] pointA = point(model, a);
        float[] pointB = point(model, b);
        return dot(pointA, pointB) >= SAME_POINT;
    }

    private float[] point(Embedder model, QaEntry entry) {
        return points.computeIfAbsent(
                entry.id(), id -> model.embedDocument(bank.text(entry).point()));
    }

    /**
     * The entries {@code entry}'s point reads as an answer to: searched as a query, those ranked
     * above the entry itself (with some probability) or likely outright.
     */
    private Set<String> readAs(SearchService s, QaEntry entry) {
        return readAs.computeIfAbsent(entry.id(), id -> {
            String point = bank.text(entry).point();
            if (point.isEmpty()) {
                return Set.of();
            }
            Set<String> ids = new java.util.HashSet<>();
            boolean above = true;
            for (Hit h : s.search(point).ranked()) {
                if (h.entry().id().equals(entry.id())) {
                    above = false;
                } else if (h.score() >= ANSWERS_AT || above && h.score() >= READ_AS_AT) {
                    ids.add(h.entry().id());
                }
            }
            return Set.copyOf(ids);
        });
    }

    private Set<String> offers(SearchService s, QaEntry entry) {
        return offered.computeIfAbsent(entry.id(), id -> {
            SearchOutcome outcome = s.search(entry.question());
            Stream<Hit> offered =
                    switch (outcome) {
                        case SearchOutcome.Answer a -> Stream.concat(Stream.of(a.best()), a.related().stream());
                        case SearchOutcome.Candidates c -> c.candidates().stream();
                        case SearchOutcome.Abstain ignored -> Stream.empty();
                    };
            // The ranking's scores are the decision's probabilities: entries just below what search
            // would offer still answer the question too well to be wrong options.
            Stream<Hit> likely = outcome.ranked().stream().filter(h -> h.score() >= ANSWERS_AT);
            return Stream.concat(offered, likely).map(h -> h.entry().id()).collect(Collectors.toUnmodifiableSet());
        });
    }

    private static double dot(float[] a, float[] b) {
        return VectorUtil.dotProduct(a, b);
    }
}
