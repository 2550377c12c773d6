package dev.wenda.bot.config;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One configuration key: its dotted name in {@code wenda.yaml}, its type, its default and what it
 * means. The environment variable that overrides it is derived from the name: {@code WENDA_}, then
 * the name upper-cased with dots and dashes turned into underscores ({@code discord.shards} ↔
 * {@code WENDA_DISCORD_SHARDS}). A secret has no YAML form; it is read from its variable or from
 * the file named by the variable with {@code _FILE} appended.
 *
 * @param name dotted lower-case name, e.g. {@code http.port}
 * @param type how the value is parsed
 * @param defaultValue the value when neither the file nor the environment sets it; empty means unset
 * @param description one line for the docs
 */
public record ConfigKey(String name, Type type, String defaultValue, String description) {
    private static final Pattern NAME = Pattern.compile("[a-z]+(\\.[a-z][a-z0-9-]*)+");

    public ConfigKey {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(defaultValue, "defaultValue");
        Objects.requireNonNull(description, "description");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("config key names are dotted lower-case words, was '" + name + "'");
        }
        if (type == Type.SECRET && !defaultValue.isEmpty()) {
            throw new IllegalArgumentException("a secret has no default: " + name);
        }
    }

    /** The environment variable that overrides this key. */
    public String envName() {
        return "WENDA_" + name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** For a secret, the variable naming a file that holds it (Docker and Kubernetes secrets). */
    public String fileEnvName() {
        return envName() + "_FILE";
    }

    /** The section this key belongs to, e.g. {@code discord} for {@code discord.shards}. */
    public String section() {
        return name.substring(0, name.lastIndexOf('.'));
    }

    public enum Type {
        TEXT,
        INTEGER,
        BOOLEAN,
        SECRET
    }
}
