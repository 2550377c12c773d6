package dev.wenda.bot.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeMathTest {
    @ParameterizedTest(name = "SAME in={0} k={1} s={2} d={3} → out {4}, pad before {5}")
    @CsvSource({
        // even input: 224 / 2 → 112, total padding (112−1)·2 + 3 − 224 = 1 → 0 before, 1 after
        "224, 3, 2, 1, 112, 0",
        // odd input: 225 / 2 → 113, total (113−1)·2 + 3 − 225 = 2 → 1 before
        "225, 3, 2, 1, 113, 1",
        // 7x7 stride 2 on 224: total (112−1)·2 + 7 − 224 = 5 → 2 before, 3 after
        "224, 7, 2, 1, 112, 2",
        "225, 7, 2, 1, 113, 3",
        // stride 1 keeps the size; dilation 2 makes the 3x3 reach 5 → 2 before
        "13, 3, 1, 2, 13, 2",
        // padding never negative: 1x1 stride 2 on an even input needs none
        "224, 1, 2, 1, 112, 0",
    })
    @DisplayName("TF SAME: out = ceil(in / s), padding total = max((out−1)·s + (k−1)·d + 1 − in, 0)")
    void same(long in, long k, long s, long d, long out, long before) {
        assertEquals(new SizeMath.Axis(out, before), SizeMath.output(in, k, s, new Padding.Same(), d, false));
    }

    @ParameterizedTest(name = "VALID in={0} k={1} s={2} → {3}")
    @CsvSource({"224, 3, 2, 111", "225, 3, 2, 112", "32, 5, 1, 28", "7, 7, 1, 1"})
    void valid(long in, long k, long s, long out) {
        assertEquals(new SizeMath.Axis(out, 0), SizeMath.output(in, k, s, new Padding.Valid(), 1, false));
    }

    @ParameterizedTest(name = "in={0} k={1} s={2} p={3} ceil={4} → {5}")
    @CsvSource({
        "224, 7, 2, 3, false, 112",
        "112, 3, 2, 1, false, 56",
        "7, 2, 2, 0, false, 3",
        "7, 2, 2, 0, true, 4",
        // PyTorch's rule: a last window starting in the right padding is dropped (4 → 3)
        "5, 2, 2, 1, true, 3",
        "55, 3, 2, 0, true, 27",
        "56, 3, 2, 0, true, 28",
    })
    @DisplayName("explicit padding: floor, or ceil mode with PyTorch's last-window rule")
    void explicit(long in, long k, long s, long p, boolean ceil, long out) {
        assertEquals(new SizeMath.Axis(out, p), SizeMath.output(in, k, s, Padding.of(p), 1, ceil));
    }
}
