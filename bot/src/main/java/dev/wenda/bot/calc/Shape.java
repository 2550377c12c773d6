package dev.wenda.bot.calc;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * A feature map's size, written H x W x C as in the seed texts. Each part may be unknown: a
 * receptive-field question needs neither channels nor (without padding output) the input size.
 */
public record Shape(OptionalLong height, OptionalLong width, OptionalLong channels) {
    public Shape {
        Objects.requireNonNull(height, "height");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(channels, "channels");
        height.ifPresent(h -> Checks.positive("height", h));
        width.ifPresent(w -> Checks.positive("width", w));
        channels.ifPresent(c -> Checks.positive("channels", c));
    }

    public static Shape of(long height, long width, long channels) {
        return new Shape(OptionalLong.of(height), OptionalLong.of(width), OptionalLong.of(channels));
    }

    public static Shape spatial(long height, long width) {
        return new Shape(OptionalLong.of(height), OptionalLong.of(width), OptionalLong.empty());
    }

    public static Shape unknown() {
        return new Shape(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty());
    }

    public Shape withChannels(long c) {
        return new Shape(height, width, OptionalLong.of(c));
    }

    public Shape withSize(long h, long w) {
        return new Shape(OptionalLong.of(h), OptionalLong.of(w), channels);
    }

    public boolean sizeKnown() {
        return height.isPresent() && width.isPresent();
    }

    public boolean complete() {
        return sizeKnown() && channels.isPresent();
    }

    /** "24x24x128", "224x224" without channels, "?" when nothing is known. */
    @Override
    public String toString() {
        if (!sizeKnown()) {
            return channels.isPresent() ? "?x?x" + channels.getAsLong() : "?";
        }
        String hw = height.getAsLong() + "x" + width.getAsLong();
        return channels.isPresent() ? hw + "x" + channels.getAsLong() : hw;
    }
}
