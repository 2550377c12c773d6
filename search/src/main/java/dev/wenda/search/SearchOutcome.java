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

    /** Why the bank offers candidates instead of an answer. */
    enum Doubt {
        /** The entries are close to the question, but not close enough to be sure of one. */
        UNSURE,
        /**
         * The top entry covers the question's topic but not the aspect asked (its drawbacks, a
         * comparison, ...): {@link Signals#missingAspects()} names it.
         */
        ASPECT
    }

    /** Why the bank has no answer. */
    enum Silence {
        /** No entry is close enough: the bank does not cover the question. */
        NOT_COVERED,
        /** Everyday chat or a question about the bot, not a study question. */
        CHAT
    }

    /** Plausible entries, none confident enough to answer with: 1 to 4 of them. */
    record Candidates(List<Hit> candidates, List<Hit> ranked, Signals signals, Doubt doubt) implements SearchOutcome {
        public Candidates {
            candidates = List.copyOf(candidates);
            ranked = List.copyOf(ranked);
            Objects.requireNonNull(signals, "signals");
            Objects.requireNonNull(doubt, "doubt");
            if (candidates.isEmpty() || candidates.size() > 4) {
                throw new IllegalArgumentException("candidates must be 1-4, was " + candidates.size());
            }
        }

        @Override
        public String decision() {
            return "candidates";
        }
    }

    /** The bank has no answer; {@code topics} are what it does cover. */
    record Abstain(List<String> topics, List<Hit> ranked, Signals signals, Silence silence) implements SearchOutcome {
        public Abstain {
            topics = List.copyOf(topics);
            ranked = List.copyOf(ranked);
            Objects.requireNonNull(signals, "signals");
            Objects.requireNonNull(silence, "silence");
        }

        @Override
        public String decision() {
            return "abstain";
        }
    }
}
