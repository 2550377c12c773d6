package dev.wenda.search.eval;

import java.util.List;
import java.util.Objects;

/**
 * One line of an evaluation file: a query, the refs ({@code stem#n}) of the entries that answer
 * it, whether the bank should answer it at all, and its class for per-class counts ({@code
 * in_domain}, {@code aspect}, {@code near_topic}, {@code other_field}, {@code chat}; without one,
 * {@code in_domain} or {@code off_topic} by kind).
 */
public record EvalQuery(String query, List<String> relevant, Kind kind, String category) {
    public enum Kind {
        IN_DOMAIN,
        OUT_OF_DOMAIN
    }

    public EvalQuery {
        Objects.requireNonNull(query, "query");
        relevant = List.copyOf(relevant);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(category, "category");
        if (kind == Kind.IN_DOMAIN && relevant.isEmpty()) {
            throw new IllegalArgumentException("in-domain query has no relevant refs: " + query);
        }
        if (kind == Kind.OUT_OF_DOMAIN && !relevant.isEmpty()) {
            throw new IllegalArgumentException("out-of-domain query has relevant refs: " + query);
        }
    }

    /** A query of the default class for its kind. */
    public EvalQuery(String query, List<String> relevant, Kind kind) {
        this(query, relevant, kind, defaultCategory(kind));
    }

    public static String defaultCategory(Kind kind) {
        return kind == Kind.IN_DOMAIN ? "in_domain" : "off_topic";
    }
}
