package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PagingTest {
    @Test
    @DisplayName("blocks are packed together until the next one would overflow")
    void pack_breaksBetweenBlocks() {
        assertEquals(List.of("aaa\n\nbbb", "cccc"), Paging.pack(List.of("aaa", "bbb", "cccc"), 9, Paging.ANYWHERE));
    }

    @Test
    @DisplayName("a block longer than a page is split at line ends")
    void pack_splitsLongBlockAtLines() {
        assertEquals(List.of("l1\nl2", "l3"), Paging.pack(List.of("l1\nl2\nl3"), 5, Paging.ANYWHERE));
    }

    @Test
    @DisplayName("a single line longer than a page is cut at the limit")
    void pack_cutsOverlongLine() {
        assertEquals(List.of("abcd", "efgh", "ij"), Paging.pack(List.of("abcdefghij"), 4, Paging.ANYWHERE));
    }

    @Test
    @DisplayName("no blocks give no pages; a non-positive limit is rejected with its value")
    void pack_edgeCases() {
        assertEquals(List.of(), Paging.pack(List.of(), 10, Paging.ANYWHERE));
        assertEquals(
                "page limit must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> Paging.pack(List.of("x"), 0, Paging.ANYWHERE))
                        .getMessage());
    }

    @Test
    @DisplayName("a cut never splits a surrogate pair: every page is whole emoji")
    void pack_keepsSurrogatePairsWhole() {
        assertEquals(List.of("abc", "🧠🧠", "🧠🧠"), Paging.pack(List.of("abc🧠🧠🧠🧠"), 4, Paging.ANYWHERE));
        assertEquals(List.of("🧠", "🧠"), Paging.pack(List.of("🧠🧠"), 1, Paging.ANYWHERE));
    }
}
