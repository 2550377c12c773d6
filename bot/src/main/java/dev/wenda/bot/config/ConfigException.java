package dev.wenda.bot.config;

import java.util.Optional;

/**
 * A configuration problem that stops startup. The message is one line meant for the operator,
 * starting with {@code config:}, naming the key and the bad value (never a secret's value).
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Optional<String> key;

    private ConfigException(Optional<String> key, String message) {
        super(message);
        this.key = key;
    }

    /** A problem with one key's value, e.g. {@code invalid("http.port", "must be 1-65535, was 0")}. */
    public static ConfigException invalid(String key, String problem) {
        return new ConfigException(Optional.of(key), "config: " + key + " " + problem);
    }

    /** A problem not tied to one key (an unreadable file, a YAML syntax error). */
    public static ConfigException general(String problem) {
        return new ConfigException(Optional.empty(), "config: " + problem);
    }

    /** The key whose value is wrong, when there is one. */
    public Optional<String> key() {
        return key;
    }

    /** The same problem with where the value came from appended, e.g. {@code (WENDA_HTTP_PORT)}. */
    ConfigException from(String source) {
        return new ConfigException(key, getMessage() + " (" + source + ")");
    }
}
