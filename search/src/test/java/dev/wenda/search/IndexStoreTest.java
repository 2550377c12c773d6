package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.content.ContentBank;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexStoreTest {
    @TempDir
    Path data;

    private final Analysis analysis = new Analysis(new TextNormalizer());
    private final IndexBuilder builder =
            new IndexBuilder(analysis, Synonyms.bundled(analysis.normalizer), Optional.empty());

    private IndexStore.Opened open(ContentBank bank) throws IOException {
        return new IndexStore(Optional.of(data)).open(bank, builder, Optional.empty(), IndexProgress.NONE);
    }

    private List<String> indexDirs() throws IOException {
        try (Stream<Path> dirs = Files.list(data.resolve("index"))) {
            return dirs.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void open_persistsUnderTheContentHashAndReusesItOnRestart() throws IOException {
        IndexStore.Opened first = open(Fixtures.small());
        first.directory().close();
        assertFalse(first.reused());
        assertEquals(List.of("small-v1-s" + IndexStore.SCHEMA_VERSION + "-lexical"), indexDirs());

        IndexStore.Opened second = open(Fixtures.small());
        second.directory().close();
        assertTrue(second.reused());
    }

    @Test
    void open_buildsANewIndexWhenTheContentChanges() throws IOException {
        open(Fixtures.small()).directory().close();
        IndexStore.Opened changed = open(Fixtures.smallChanged());
        changed.directory().close();
        assertFalse(changed.reused());
        assertEquals(
                List.of(
                        "small-v1-s" + IndexStore.SCHEMA_VERSION + "-lexical",
                        "small-v2-s" + IndexStore.SCHEMA_VERSION + "-lexical"),
                indexDirs());
    }

    @Test
    void open_rebuildsAnIndexFolderThatHasNoCommit() throws IOException {
        Path half = data.resolve("index").resolve("small-v1-s" + IndexStore.SCHEMA_VERSION + "-lexical");
        Files.createDirectories(half);
        Files.writeString(half.resolve("leftover.tmp"), "half-written segment, never committed");
        IndexStore.Opened opened = open(Fixtures.small());
        opened.directory().close();
        assertFalse(opened.reused());
        assertFalse(Files.exists(half.resolve("leftover.tmp")));
    }

    @Test
    void service_onDiskAnswersLikeInMemory() {
        SearchConfig onDisk = SearchConfig.defaults().withDense(false).withDataDir(Optional.of(data));
        try (SearchService disk = SearchService.open(Fixtures.small(), onDisk, Optional.empty(), IndexProgress.NONE);
                SearchService memory = Fixtures.lexical(Fixtures.small())) {
            assertEquals(
                    memory.search("感受野").ranked().getFirst().entry().id(),
                    disk.search("感受野").ranked().getFirst().entry().id());
        }
        try (SearchService again = SearchService.open(Fixtures.small(), onDisk, Optional.empty(), IndexProgress.NONE)) {
            assertEquals("a-3", again.search("感受野").ranked().getFirst().entry().id());
        }
    }
}
