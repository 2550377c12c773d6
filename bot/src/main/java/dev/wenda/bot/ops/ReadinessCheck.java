package dev.wenda.bot.ops;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One condition {@code /readyz} requires: the index is loaded, the database answers, a platform is
 * connected. A check is cheap and quick; it runs on every probe.
 */
public interface ReadinessCheck {
    /** A short name shown in the {@code /readyz} body, e.g. {@code database}. */
    String name();

    /** The current state; throwing counts as not ready, with the exception's message. */
    Status check();

    /** @param detail {@code ok}, or why the check fails */
    record Status(boolean ready, String detail) {
        public Status {
            Objects.requireNonNull(detail, "detail");
        }

        public static Status ok() {
            return new Status(true, "ok");
        }

        public static Status failing(String why) {
            return new Status(false, why);
        }
    }

    static ReadinessCheck of(String name, Supplier<Status> check) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(check, "check");
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Status check() {
                return check.get();
            }
        };
    }
}
