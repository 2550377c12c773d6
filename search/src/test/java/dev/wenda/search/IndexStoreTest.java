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
    private final Synonyms dictionary = Synonyms.bundled(analysis.normalizer);
    private final IndexBuilder builder = builder(dictionary);

    private IndexBuilder builder(Synonyms synonyms) {
        return new IndexBuilder(
                analysis,
                synonyms,
                new ConceptFeatures(synonyms, analysis, new QueryTerms.ConceptCache()),
                Optional.empty());
    }

    private IndexStore.Opened open(ContentBank bank) throws IOException {
        return open(bank, builder);
    }

    private IndexStore.Opened open(ContentBank bank, IndexBuilder with) throws IOException {
        return new IndexStore(Optional.of(data)).open(bank, with, Optional.empty(), IndexProgress.NONE);
    }

    private String dirName(String contentHash, Synonyms synonyms) {
        return contentHash + "-s" + IndexStore.SCHEMA_VERSION + "-l" + org.apache.lucene.util.Version.LATEST + "-d"
                + builder(synonyms).dictionaryFingerprint() + "-lexical";
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
        assertEquals(List.of(dirName("small-v1", dictionary)), indexDirs());

        IndexStore.Opened second = open(Fixtures.small());
        second.directory().close();
        assertTrue(second.reused());
    }

    @Test
    void open_buildsANewIndexWhenTheContentChangesAndRemovesTheOldOne() throws IOException {
        open(Fixtures.small()).directory().close();
        IndexStore.Opened changed = open(Fixtures.smallChanged());
        changed.directory().close();
        assertFalse(changed.reused());
        assertEquals(List.of(dirName("small-v2", dictionary)), indexDirs());
    }

    @Test
    void open_keepsABuildInProgressAndTheOtherModesIndexAndRemovesLeftoversOfOtherVersions() throws IOException {
        Path indexes = Files.createDirectories(data.resolve("index"));
        Files.createDirectories(indexes.resolve("building-123"));
        Path old = Files.createDirectories(indexes.resolve("small-v1-s2-lexical"));
        Files.writeString(old.resolve("_0.cfs"), "a lexical index of an older schema");
        Path embedded = Files.createDirectories(indexes.resolve("small-v1-s2-bge-small-zh-v1.5-q"));
        Files.writeString(embedded.resolve("_0.cfs"), "the bot's embedded index: another mode");
        open(Fixtures.small()).directory().close();
        assertEquals(
                List.of("building-123", "small-v1-s2-bge-small-zh-v1.5-q", dirName("small-v1", dictionary)),
                indexDirs());
    }

    @Test
    void open_aPersistedIndexOfAnotherLuceneRelease_isRebuiltAndRemoved() throws IOException {
        Path indexes = Files.createDirectories(data.resolve("index"));
        String fingerprint = builder.dictionaryFingerprint();
        // the name the same content had before the Lucene release joined the key, and another release's
        Path unversioned = Files.createDirectories(indexes.resolve("small-v1-s5-d" + fingerprint + "-lexical"));
        Files.writeString(unversioned.resolve("segments_1"), "written by Lucene 10.3: codec Lucene103");
        Path older = Files.createDirectories(indexes.resolve("small-v1-s5-l10.3.2-d" + fingerprint + "-lexical"));
        Files.writeString(older.resolve("segments_1"), "written by Lucene 10.3.2");
        IndexStore.Opened opened = open(Fixtures.small());
        opened.directory().close();
        assertFalse(opened.reused());
        assertEquals(List.of(dirName("small-v1", dictionary)), indexDirs());
    }

    @Test
    void open_buildsANewIndexWhenTheDictionaryChanges() throws IOException {
        open(Fixtures.small()).directory().close();
        Synonyms edited =
                new Synonyms(Stream.concat(dictionary.groups().stream(), Stream.of(List.of("样例概念", "sample concept")))
                        .toList());
        IndexStore.Opened rebuilt = open(Fixtures.small(), builder(edited));
        rebuilt.directory().close();
        assertFalse(rebuilt.reused());
        assertEquals(List.of(dirName("small-v1", edited)), indexDirs());
    }

    @Test
    void open_rebuildsAnIndexFolderThatHasNoCommit() throws IOException {
        Path half = data.resolve("index").resolve(dirName("small-v1", dictionary));
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
