package dev.wenda.search.eval;

import dev.wenda.search.Hit;
import dev.wenda.search.SearchMode;
import dev.wenda.search.SearchOutcome;
import dev.wenda.search.SearchService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Runs evaluation queries through search (uncached, so latency is real). */
public final class Evaluator {
    private final SearchService search;

    public Evaluator(SearchService search) {
        this.search = search;
    }

    public List<EvalResult> run(List<EvalQuery> queries, SearchMode mode) {
        List<EvalResult> out = new ArrayList<>(queries.size());
        for (EvalQuery q : queries) {
            long start = System.nanoTime();
            SearchOutcome outcome = search.searchUncached(q.query(), mode);
            long nanos = System.nanoTime() - start;
            out.add(new EvalResult(q, outcome, firstRelevantRank(outcome.ranked(), q.relevant()), nanos));
        }
        return out;
    }

    /** 1-based rank of the first entry in {@code ranked} holding a relevant ref; 0 when none does. */
    public static int firstRelevantRank(List<Hit> ranked, List<String> relevant) {
        Set<String> wanted = new HashSet<>(relevant);
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).refKeys().stream().anyMatch(wanted::contains)) {
                return i + 1;
            }
        }
        return 0;
    }
}
