package dev.wenda.search;

import dev.wenda.content.ContentBank;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.Version;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where an index lives. Without a data directory it is built in memory. With one, it lives in
 * {@code <data>/index/<key>} where the key joins the bank's content hash, the index schema version,
 * the Lucene release, the dictionary's fingerprint and the embedding model: a restart with the same content reuses it, changed content builds a new
 * one. A build writes to a temporary sibling that is moved into place only after its commit, so a
 * crash mid-build never leaves a half-built index under the real name. Once the index is open, the
 * indexes of earlier content, dictionaries or schemas with the same embeddings are removed, so
 * editing a large bank again and again does not fill the disk.
 */
final class IndexStore {
    /**
     * Bump when fields, analysis or the field weights of {@link LexicalQuery} change (the concept
     * features store scores made of those weights), so old persisted indexes are not reused.
     */
    static final int SCHEMA_VERSION = 5;

    /**
     * The Lucene release that writes the index. A newer Lucene cannot open every older codec (10.5
     * refuses 10.3's), and an older one none of a newer's, so an index is only reused by the release
     * that wrote it; after an upgrade the old folder is rebuilt once and removed.
     */
    static final String LUCENE = Version.LATEST.toString();

    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    /** Prefix of the folder a build writes before it is moved into place. */
    private static final String BUILDING = "building-";

    private final Optional<Path> dataDir;

    IndexStore(Optional<Path> dataDir) {
        this.dataDir = dataDir;
    }

    /** The opened index and whether it was reused from disk. */
    record Opened(Directory directory, boolean reused) {}

    static String key(ContentBank bank, String dictionary, Optional<Embedder> embedder) {
        String hash = bank.contentHash().replaceAll("[^A-Za-z0-9._-]", "_");
        return hash + "-s" + SCHEMA_VERSION + "-l" + LUCENE + "-d" + dictionary + "-" + model(embedder);
    }

    /** The last part of an index's name: which embeddings it holds, if any. */
    private static String model(Optional<Embedder> embedder) {
        return embedder.map(Embedder::name).orElse("lexical");
    }

    Opened open(ContentBank bank, IndexBuilder builder, Optional<Embedder> embedder, IndexProgress progress)
            throws IOException {
        if (dataDir.isEmpty()) {
            // One buffer per file: reads skip the block arithmetic of the default many-buffer layout.
            Directory memory = new ByteBuffersDirectory(
                    new SingleInstanceLockFactory(),
                    ByteBuffersDataOutput::new,
                    ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
            builder.build(bank.entries(), memory, progress);
            return new Opened(memory, false);
        }
        Path indexes = dataDir.get().resolve("index");
        Path target = indexes.resolve(key(bank, builder.dictionaryFingerprint(), embedder));
        if (Files.isDirectory(target)) {
            FSDirectory existing = FSDirectory.open(target);
            if (DirectoryReader.indexExists(existing)) {
                log.info("Reusing the index in {}", target);
                removeOthers(indexes, target, model(embedder));
                return new Opened(existing, true);
            }
            existing.close();
            deleteTree(target);
        }
        Files.createDirectories(indexes);
        Path temp = Files.createTempDirectory(indexes, BUILDING);
        try {
            try (FSDirectory building = FSDirectory.open(temp)) {
                builder.build(bank.entries(), building, progress);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            if (Files.exists(temp)) {
                deleteTree(temp);
            }
        }
        log.info("Built the index in {}", target);
        FSDirectory built = FSDirectory.open(target);
        removeOthers(indexes, target, model(embedder));
        return new Opened(built, false);
    }

    /**
     * Removes the index folders beside {@code keep} that hold the same kind of embeddings ({@code
     * model}): those of earlier content, dictionaries or schemas. The index of the other mode stays
     * (a lexical {@code wenda ask} must not throw away the bot's embedded index), and so do builds
     * in progress. Best effort: a folder that cannot be removed now (a reader of the previous
     * snapshot still holds its files on some systems) is logged and left for the next start.
     */
    static void removeOthers(Path indexes, Path keep, String model) {
        try (Stream<Path> dirs = Files.list(indexes)) {
            for (Path dir : dirs.toList()) {
                String name = dir.getFileName().toString();
                if (dir.equals(keep)
                        || !Files.isDirectory(dir)
                        || name.startsWith(BUILDING)
                        || !name.endsWith("-" + model)) {
                    continue;
                }
                try {
                    deleteTree(dir);
                    log.info("Removed the old index {}", dir);
                } catch (UncheckedIOException e) {
                    log.warn(
                            "Could not remove the old index {} yet: {}",
                            dir,
                            e.getCause().getMessage());
                }
            }
        } catch (IOException e) {
            log.warn("Could not list {} to remove old indexes: {}", indexes, e.getMessage());
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
