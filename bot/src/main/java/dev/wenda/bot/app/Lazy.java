package dev.wenda.bot.app;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A part of the composition root built on first use, once: a command pays only for what it uses
 * ({@code wenda calc} never opens the index or the database). The parts form no cycle, so their
 * locks are always taken in one order.
 */
final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> build;
    private volatile T value;

    Lazy(Supplier<T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    @Override
    public T get() {
        T built = value;
        if (built == null) {
            synchronized (this) {
                if (value == null) {
                    value = Objects.requireNonNull(build.get(), "built part");
                }
                built = value;
            }
        }
        return built;
    }

    /** The part if it was built already; never builds it. */
    Optional<T> ifBuilt() {
        return Optional.ofNullable(value);
    }
}
