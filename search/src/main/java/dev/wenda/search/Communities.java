package dev.wenda.search;

import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/** The overlays of every community that has edited its bank, by community id. */
final class Communities implements AutoCloseable {
    private final SnapshotFactory factory;
    private final Map<String, CommunityOverlay> overlays = new ConcurrentHashMap<>();

    private record Vocabulary(long baseVersion, Map<String, Integer> words) {}

    private volatile Vocabulary vocabulary = new Vocabulary(-1, Map.of());

    Communities(SnapshotFactory factory) {
        this.factory = factory;
    }

    void apply(String community, CommunityEdit edit) {
        try {
            overlays.computeIfAbsent(community, c -> unchecked(factory::overlay))
                    .apply(edit);
        } catch (IOException e) {
            throw new UncheckedIOException("could not index the entries of community " + community, e);
        }
    }

    /**
     * The snapshot {@code community} searches, with one reference for the caller: {@code base}
     * itself (one more reference taken) when the community changed nothing.
     */
    IndexSnapshot snapshot(String community, IndexSnapshot base, LongSupplier versions) {
        CommunityOverlay overlay = overlays.get(community);
        if (overlay == null) {
            if (!base.tryIncRef()) {
                throw new IllegalStateException("search service is closed");
            }
            return base;
        }
        Vocabulary words = vocabulary;
        if (words.baseVersion() != base.version) {
            words = new Vocabulary(base.version, Map.copyOf(factory.vocabulary(base.entries)));
            vocabulary = words;
        }
        try {
            return overlay.snapshot(base, versions.getAsLong(), words.words());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<QaEntry> entries(String community) {
        CommunityOverlay overlay = overlays.get(community);
        return overlay == null ? List.of() : overlay.entries();
    }

    Optional<QaEntry> entry(String community, String id) {
        CommunityOverlay overlay = overlays.get(community);
        return overlay == null ? Optional.empty() : overlay.entry(id);
    }

    boolean hides(String community, String id) {
        CommunityOverlay overlay = overlays.get(community);
        return overlay != null && overlay.hides(id);
    }

    @Override
    public void close() {
        for (CommunityOverlay overlay : overlays.values()) {
            try {
                overlay.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        overlays.clear();
    }

    private interface IoValue<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(IoValue<T> value) {
        try {
            return value.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
