package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PagesTest {
    @Test
    @DisplayName("blocks are packed together until the next one would overflow")
    void pack_breaksBetweenBlocks() {
        assertEquals(List.of("aaa\n\nbbb", "cccc"), Pages.pack(List.of("aaa", "bbb", "cccc"), 9));
    }

    @Test
    @DisplayName("a block longer than a page is split at line ends")
    void pack_splitsLongBlockAtLines() {
        assertEquals(List.of("l1\nl2", "l3"), Pages.pack(List.of("l1\nl2\nl3"), 5));
    }

    @Test
    @DisplayName("a single line longer than a page is cut at the limit")
    void pack_cutsOverlongLine() {
        assertEquals(List.of("abcd", "efgh", "ij"), Pages.pack(List.of("abcdefghij"), 4));
    }

    @Test
    @DisplayName("no blocks give no pages; a non-positive limit is rejected with its value")
    void pack_edgeCases() {
        assertEquals(List.of(), Pages.pack(List.of(), 10));
        assertEquals(
                "page limit must be positive, was 0",
                assertThrows(IllegalArgumentException.class, () -> Pages.pack(List.of("x"), 0))
                        .getMessage());
    }
}
