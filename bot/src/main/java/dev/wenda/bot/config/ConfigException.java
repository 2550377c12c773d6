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
        super(oneLine(message));
        this.key = key;
    }

    /** A problem with one key's value, e.g. {@code invalid("http.port", "must be 0-65535, was -1")}. */
    public static ConfigException invalid(String key, String problem) {
        return new ConfigException(Optional.of(key), "config: " + key + " " + problem);
    }

    /** A problem not tied to one key (an unreadable file, a YAML syntax error). */
    public static ConfigException general(String problem) {
        return new ConfigException(Optional.empty(), "config: " + problem);
    }

    /** The message with line breaks and other control characters escaped, so it stays one line. */
    private static String oneLine(String message) {
        StringBuilder out = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
                        out.append(String.format("\\u%04x", c));
                    } else {
                        out.appendCodePoint(c);
                    }
                }
            }
        });
        return out.toString();
    }

    /** The same problem with every secret value in {@code secrets} replaced by {@link Secret#MASK}. */
    ConfigException masking(java.util.Collection<String> secrets) {
        String message = getMessage();
        for (String secret : secrets) {
            if (secret.length() >= Secret.MIN_LENGTH) {
                message = Secret.maskWhole(message, secret);
            }
        }
        return message.equals(getMessage()) ? this : new ConfigException(key, message);
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
