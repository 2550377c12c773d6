package dev.wenda.bot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.bench.HeapTrend.Sample;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeapTrendTest {
    @Test
    @DisplayName("heap rising 1 MiB every 10 s is a slope of 6 MiB per minute")
    void risingLine() {
        List<Sample> samples =
                List.of(new Sample(0, 100), new Sample(10, 101), new Sample(20, 102), new Sample(30, 103));
        assertEquals(6.0, HeapTrend.slopeMibPerMinute(samples), 1e-9);
    }

    @Test
    @DisplayName("heap going up and down around a level has slope 0")
    void flatNoise() {
        List<Sample> samples = List.of(new Sample(0, 80), new Sample(10, 90), new Sample(20, 90), new Sample(30, 80));
        assertEquals(0.0, HeapTrend.slopeMibPerMinute(samples), 1e-9);
    }

    @Test
    @DisplayName("fewer than two samples, or all at one time, give 0")
    void degenerate() {
        assertEquals(0.0, HeapTrend.slopeMibPerMinute(List.of()));
        assertEquals(0.0, HeapTrend.slopeMibPerMinute(List.of(new Sample(5, 10))));
        assertEquals(0.0, HeapTrend.slopeMibPerMinute(List.of(new Sample(5, 10), new Sample(5, 20))));
    }
}
