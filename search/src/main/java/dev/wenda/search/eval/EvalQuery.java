package dev.wenda.search.eval;

import java.util.List;
import java.util.Objects;

/**
 * One line of an evaluation file: a query, the refs ({@code stem#n}) of the entries that answer
 * it, and whether the bank should answer it at all.
 */
public record EvalQuery(String query, List<String> relevant, Kind kind) {
    public enum Kind {
        IN_DOMAIN,
        OUT_OF_DOMAIN
    }

    public EvalQuery {
        Objects.requireNonNull(query, "query");
        relevant = List.copyOf(relevant);
        Objects.requireNonNull(kind, "kind");
        if (kind == Kind.IN_DOMAIN && relevant.isEmpty()) {
            throw new IllegalArgumentException("in-domain query has no relevant refs: " + query);
        }
    }
}
