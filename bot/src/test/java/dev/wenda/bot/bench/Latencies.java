package dev.wenda.bot.bench;

import java.util.Arrays;

/** Latency samples in nanoseconds, safe to record from many threads; percentiles by nearest rank. */
final class Latencies {
    private long[] samples = new long[1024];
    private int size;

    synchronized void record(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    synchronized int count() {
        return size;
    }

    /** The nearest-rank percentile ({@code p} in 0-100] in milliseconds; 0 when there are no samples. */
    synchronized double percentileMillis(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
        }
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * size);
        return sorted[Math.max(1, rank) - 1] / 1_000_000.0;
    }

    synchronized double maxMillis() {
        long max = 0;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, samples[i]);
        }
        return max / 1_000_000.0;
    }
}
