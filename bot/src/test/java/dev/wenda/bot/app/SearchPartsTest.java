package dev.wenda.bot.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.ops.PrometheusMetrics;
import dev.wenda.content.ContentBank;
import dev.wenda.search.IndexProgress;
import dev.wenda.search.SearchService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchPartsTest {
    @TempDir
    Path data;

    @TempDir
    Path content;

    @Test
    @DisplayName("a --content DIR run keeps its index apart and leaves the bundled bank's persisted index alone")
    void contentFolderIndex_doesNotRemoveTheBundledOne() throws IOException {
        try (SearchService bundled = new SearchParts(false, Optional.empty(), data)
                .open(IndexProgress.NONE, ContentBank::bundled, new PrometheusMetrics())) {
            bundled.search("dropout");
        }
        List<Path> before = folders(data.resolve("index"));
        assertEquals(1, before.size(), before.toString());

        Files.writeString(
                content.resolve("own.md"), "# Own bank\n\n## What is a tensor?\n\nAn array with any number of axes.\n");
        try (SearchService own = new SearchParts(false, Optional.of(content), data)
                .open(IndexProgress.NONE, () -> ContentBank.load(content), new PrometheusMetrics())) {
            own.search("tensor");
        }
        assertEquals(before, folders(data.resolve("index")));
        assertTrue(Files.isDirectory(data.resolve("content").resolve("index")));
    }

    @Test
    @DisplayName(
            "a bank that cannot be read fails opening with its own exception and message, though it is read on the pool")
    void unreadableBank_failsWithItsOwnException() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new SearchParts(
                        false, Optional.empty(), data)
                .open(
                        IndexProgress.NONE,
                        () -> {
                            throw new IllegalStateException("content: broken.md line 3: a question without an answer");
                        },
                        new PrometheusMetrics()));
        assertEquals("content: broken.md line 3: a question without an answer", e.getMessage());
    }

    private static List<Path> folders(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.sorted().toList();
        }
    }
}
