package dev.wenda.bot.ops;

import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** New correlation ids: 12 hex digits, short enough to read in a log line. */
public final class CorrelationIds {
    private final RandomGenerator random;

    public CorrelationIds(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    public synchronized String next() {
        return HexFormat.of().toHexDigits(random.nextLong()).substring(4);
    }
}
