package dev.wenda.search.eval;

import dev.wenda.search.SearchOutcome;

/**
 * One evaluated query.
 *
 * @param query the query as read
 * @param outcome what search decided
 * @param firstRelevantRank 1-based rank of the first entry holding a relevant ref, 0 if none in
 *     the ranking
 * @param nanos wall time of the search
 */
public record EvalResult(EvalQuery query, SearchOutcome outcome, int firstRelevantRank, long nanos) {}
