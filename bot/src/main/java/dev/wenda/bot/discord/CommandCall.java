package dev.wenda.bot.discord;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A slash command as typed, independent of JDA's event classes: {@code /quiz start count:5} is
 * {@code ("quiz", "start", {count=5})}; a subcommand in a group keeps the group's name in front
 * ({@code "group sub"}). Option values are kept as strings.
 */
record CommandCall(String name, String subcommand, Map<String, String> options) {
    CommandCall {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(subcommand, "subcommand");
        options = Map.copyOf(options);
    }

    Optional<String> option(String key) {
        return Optional.ofNullable(options.get(key)).map(String::strip).filter(value -> !value.isEmpty());
    }

    String text(String key) {
        return option(key).orElse("");
    }

    OptionalInt number(String key) {
        return option(key).map(value -> OptionalInt.of(Integer.parseInt(value))).orElse(OptionalInt.empty());
    }
}
