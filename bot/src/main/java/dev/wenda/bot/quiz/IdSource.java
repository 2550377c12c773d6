package dev.wenda.bot.quiz;

import java.util.HexFormat;
import java.util.Objects;
import java.util.random.RandomGenerator;

/** New round ids. The process draws them at random; tests count, so their outputs hold no random ids. */
@FunctionalInterface
public interface IdSource {
    /** A new id: letters and digits only (it goes into button ids, between colons). */
    String next();

    /** 32 hex digits (128 bits) from {@code random}, like a UUID without its dashes. */
    static IdSource random(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        HexFormat hex = HexFormat.of();
        return () -> {
            synchronized (random) {
                return hex.toHexDigits(random.nextLong()) + hex.toHexDigits(random.nextLong());
            }
        };
    }
}
