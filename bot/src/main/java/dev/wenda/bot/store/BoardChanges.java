package dev.wenda.bot.store;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells listeners in this process that a community's boards changed: an answer was recorded or a
 * round ended through this {@link Database}. Other processes' answers are not seen here; a cache
 * of boards also expires on its own.
 */
public final class BoardChanges {
    private static final Logger LOG = LoggerFactory.getLogger(BoardChanges.class);

    /** Called after the change is committed. */
    @FunctionalInterface
    public interface Listener {
        void changed(String platform, String community);
    }

    private final Jdbc jdbc;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    BoardChanges(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    public void listen(Listener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The round's answers or status changed (committed); looks up its community only when someone listens. */
    void roundChanged(String roundId) {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            jdbc.queryOne(
                            "select platform, community from rounds where id = ?",
                            row -> List.of(row.getString(1), row.getString(2)),
                            roundId)
                    .ifPresent(place -> listeners.forEach(l -> l.changed(place.get(0), place.get(1))));
        } catch (StoreException e) {
            // The answer is recorded; a cached board stays until it expires.
            LOG.warn("could not tell the boards that round {} changed: {}", roundId, e.getMessage());
        }
    }
}
