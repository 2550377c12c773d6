package dev.wenda.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LatenciesTest {
    private static Latencies ofMillis(long... millis) {
        Latencies l = new Latencies();
        for (long m : millis) {
            l.record(m * 1_000_000);
        }
        return l;
    }

    @Test
    @DisplayName("percentiles use the nearest rank over the sorted samples, whatever order they came in")
    void nearestRank() {
        Latencies l = ofMillis(9, 1, 5, 3, 7, 2, 10, 4, 8, 6);
        assertEquals(5.0, l.percentileMillis(50));
        assertEquals(10.0, l.percentileMillis(99));
        assertEquals(1.0, l.percentileMillis(1));
        assertEquals(9.0, l.percentileMillis(90));
        assertEquals(10.0, l.maxMillis());
        assertEquals(10, l.count());
    }

    @Test
    @DisplayName("p99 of 1,000 samples is the 990th smallest, and sampling grows past the initial capacity")
    void p99OfAThousand() {
        Latencies l = new Latencies();
        for (int i = 1000; i >= 1; i--) {
            l.record(i * 1_000_000L);
        }
        assertEquals(990.0, l.percentileMillis(99));
        assertEquals(500.0, l.percentileMillis(50));
    }

    @Test
    @DisplayName("no samples give 0, and a percentile outside (0, 100] is refused")
    void emptyAndBadPercentile() {
        assertEquals(0.0, new Latencies().percentileMillis(50));
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ofMillis(1).percentileMillis(0));
        assertEquals("percentile must be in (0, 100], was 0.0", e.getMessage());
    }
}
