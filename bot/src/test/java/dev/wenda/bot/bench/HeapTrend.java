package dev.wenda.bot.bench;

import java.util.List;

/** The least-squares slope of used heap over time, for a soak's "no growth trend" check. */
final class HeapTrend {
    /** One sample: seconds since the soak began and used heap in MiB after a GC. */
    record Sample(double seconds, double usedMib) {}

    private HeapTrend() {}

    /** MiB per minute; 0 with fewer than two samples or no spread in time. */
    static double slopeMibPerMinute(List<Sample> samples) {
        int n = samples.size();
        if (n < 2) {
            return 0;
        }
        double meanX = samples.stream().mapToDouble(Sample::seconds).average().orElse(0);
        double meanY = samples.stream().mapToDouble(Sample::usedMib).average().orElse(0);
        double num = 0;
        double den = 0;
        for (Sample s : samples) {
            num += (s.seconds() - meanX) * (s.usedMib() - meanY);
            den += (s.seconds() - meanX) * (s.seconds() - meanX);
        }
        return den == 0 ? 0 : num / den * 60;
    }
}
