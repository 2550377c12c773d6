package dev.wenda.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SearchServiceTest {
    @Test
    void search_cachesByNormalizedQuery() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            SearchOutcome first = search.search("ＤＲＯＰＯＵＴ是什麼");
            SearchOutcome second = search.search("dropout是什么");
            assertEquals(1, search.cachedResults());
            assertTrue(first == second, "the second query is served from the cache");
            search.search("感受野");
            assertEquals(2, search.cachedResults());
        }
    }

    @Test
    void search_cacheKeyIncludesModeAndIndexVersion() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            search.search("dropout", SearchMode.LEXICAL);
            search.search("dropout", SearchMode.BASELINE); // the baseline is never cached
            assertEquals(1, search.cachedResults());
            long before = search.indexVersion();
            search.reload(Fixtures.smallChanged(), IndexProgress.NONE);
            assertEquals(before + 1, search.indexVersion());
            assertEquals(0, search.cachedResults());
            assertEquals(
                    "b-1", search.search("GAN 是什么").ranked().getFirst().entry().id());
        }
    }

    @Test
    void search_denseModeWithoutTheModelIsAClearError() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> search.search("dropout", SearchMode.HYBRID));
            assertEquals("mode HYBRID needs the embedding model, but dense search is off", e.getMessage());
        }
    }

    @Test
    void reload_swapsAtomicallyWhileQueriesRun() throws Exception {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> readers = pool.submit(() -> {
                    int n = 0;
                    while (!stop.get()) {
                        int size = search.searchUncached("dropout", SearchMode.LEXICAL)
                                .ranked()
                                .size();
                        if (size != 5 && size != 6) {
                            throw new AssertionError("saw a half-built index with " + size + " entries");
                        }
                        n++;
                    }
                    return n;
                });
                for (int i = 0; i < 20; i++) {
                    search.reload(i % 2 == 0 ? Fixtures.smallChanged() : Fixtures.small(), IndexProgress.NONE);
                }
                stop.set(true);
                assertTrue(readers.get() > 0);
            } finally {
                pool.shutdownNow();
            }
            assertEquals(5, search.entries().size());
        }
    }

    @Test
    void open_reportsProgressUpToTheWholeBank() {
        List<int[]> calls = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (SearchService search = SearchService.open(
                Fixtures.small(),
                SearchConfig.defaults().withDense(false),
                java.util.Optional.empty(),
                (done, total) -> calls.add(new int[] {done, total}))) {
            assertFalse(calls.isEmpty());
            assertEquals(5, calls.getLast()[0]);
            assertEquals(5, calls.getLast()[1]);
            assertNotEquals(0, search.indexVersion());
        }
    }

    @Test
    void entry_findsById() {
        try (SearchService search = Fixtures.lexical(Fixtures.small())) {
            assertEquals("BN层的作用", search.entry("a-2").orElseThrow().question());
            assertTrue(search.entry("nope").isEmpty());
            assertEquals(List.of("卷积", "归一化", "梯度", "正则化"), search.topics());
        }
    }
}
