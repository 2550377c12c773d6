package dev.wenda.bot.quiz;

import dev.wenda.content.QaEntry;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A question pool whose bank can be replaced while rounds run (a content reload). Each call reads
 * the current pool once; rounds already planned keep their questions, which are stored with them.
 */
public final class SwappablePool implements QuestionPool {
    private final AtomicReference<QuestionPool> current;

    public SwappablePool(QuestionPool initial) {
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** Serves {@code next} from now on. */
    public void swap(QuestionPool next) {
        current.set(Objects.requireNonNull(next, "next"));
    }

    @Override
    public List<QaEntry> entries(String topic) {
        return current.get().entries(topic);
    }

    @Override
    public List<QaEntry> similar(QaEntry entry, int limit) {
        return current.get().similar(entry, limit);
    }

    @Override
    public Optional<QaEntry> entry(String id) {
        return current.get().entry(id);
    }

    @Override
    public boolean overlaps(QaEntry a, QaEntry b) {
        return current.get().overlaps(a, b);
    }
}
