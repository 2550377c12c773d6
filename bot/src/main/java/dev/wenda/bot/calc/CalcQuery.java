package dev.wenda.bot.calc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A parsed calc request: what to compute, before computing it. */
public sealed interface CalcQuery {
    /** Receptive field of a stack; {@code input} may be unknown (then no output sizes). */
    record Rf(List<Layer> layers, Shape input) implements CalcQuery {
        public Rf {
            layers = List.copyOf(layers);
            Objects.requireNonNull(input, "input");
        }
    }

    /** Params and MACs of a stack on a complete H x W x C input. */
    record Count(Shape input, List<Layer> layers) implements CalcQuery {
        public Count {
            Objects.requireNonNull(input, "input");
            layers = List.copyOf(layers);
        }
    }

    /** Several stacks on the same input, compared with the first. */
    record Compare(Shape input, List<Candidate> candidates) implements CalcQuery {
        public Compare {
            Objects.requireNonNull(input, "input");
            candidates = List.copyOf(candidates);
        }
    }

    /** A whole network, optionally on another input size. */
    record Net(LayerJson.Network network, Optional<Shape> input) implements CalcQuery {
        public Net {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(input, "input");
        }
    }

    /** One stack of a comparison, with the text the user wrote for it. */
    record Candidate(String text, List<Layer> layers) {
        public Candidate {
            Objects.requireNonNull(text, "text");
            layers = List.copyOf(layers);
        }
    }
}
