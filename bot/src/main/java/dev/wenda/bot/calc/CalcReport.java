package dev.wenda.bot.calc;

import java.util.List;
import java.util.Objects;

/** A computed answer, ready for rendering as text, JSON, a chat reply or a picture. */
public sealed interface CalcReport {
    record Rf(StackAnalysis analysis) implements CalcReport {
        public Rf {
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    record Count(StackAnalysis analysis) implements CalcReport {
        public Count {
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    record Compare(List<Entry> entries) implements CalcReport {
        public Compare {
            entries = List.copyOf(entries);
        }
    }

    record Net(String name, String source, StackAnalysis analysis) implements CalcReport {
        public Net {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(analysis, "analysis");
        }
    }

    /** One compared stack: the user's text and its analysis. */
    record Entry(String text, StackAnalysis analysis) {
        public Entry {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(analysis, "analysis");
        }
    }
}
