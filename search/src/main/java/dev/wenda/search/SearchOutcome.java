package dev.wenda.search;

import java.util.List;
import java.util.Objects;

/**
 * What the bank says about a query: one confident {@link Answer}, a few {@link Candidates} ("did
 * you mean"), or {@link Abstain} (the bank has no answer). Every outcome carries the full ranking,
 * best first, for evaluation and for "related" buttons.
 */
public sealed interface SearchOutcome {
    List<Hit> ranked();

    Signals signals();

    /** {@code answer}, {@code candidates} or {@code abstain}, as written in eval output. */
    String decision();

    /** A confident answer: {@code best} plus related entries worth offering. */
    record Answer(Hit best, List<Hit> related, List<Hit> ranked, Signals signals) implements SearchOutcome {
        public Answer {
            Objects.requireNonNull(best, "best");
            related = List.copyOf(related);
            ranked = List.copyOf(ranked);
            Objects.requireNonNull(signals, "signals");
        }

        @Override
        public String decision() {
            return "answer";
        }
    }

    /** Plausible entries, none confident enough to answer with: 2 to 4 of them. */
    record Candidates(List<Hit> candidates, List<Hit> ranked, Signals signals) implements SearchOutcome {
        public Candidates {
            candidates = List.copyOf(candidates);
            ranked = List.copyOf(ranked);
            Objects.requireNonNull(signals, "signals");
            if (candidates.size() < 2 || candidates.size() > 4) {
                throw new IllegalArgumentException("candidates must be 2-4, was " + candidates.size());
            }
        }

        @Override
        public String decision() {
            return "candidates";
        }
    }

    /** The bank has no answer; {@code topics} are what it does cover. */
    record Abstain(List<String> topics, List<Hit> ranked, Signals signals) implements SearchOutcome {
        public Abstain {
            topics = List.copyOf(topics);
            ranked = List.copyOf(ranked);
            Objects.requireNonNull(signals, "signals");
        }

        @Override
        public String decision() {
            return "abstain";
        }
    }
}
