package dev.wenda.bot.config;

import dev.wenda.bot.config.ConfigKey.Type;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Builds a {@link WendaConfig}: environment variables override {@code wenda.yaml}, which overrides
 * the defaults of {@link ConfigKeys}. Secrets come only from the environment (a variable or a file
 * named by {@code <VAR>_FILE}). An empty variable counts as unset. The first problem found stops
 * loading with one {@link ConfigException} naming the key, the bad value and where it came from.
 */
public final class ConfigLoader {
    /** The largest secret file read; tokens and passwords are far shorter. */
    private static final long MAX_SECRET_FILE = 64 * 1024;

    private final Map<String, String> env;
    private final Supplier<String> hostName;

    /**
     * @param env the process environment ({@code System.getenv()}), or a map in tests
     * @param hostName the host name, the default instance id
     */
    public ConfigLoader(Map<String, String> env, Supplier<String> hostName) {
        this.env = Map.copyOf(env);
        this.hostName = Objects.requireNonNull(hostName, "hostName");
    }

    /** Loads {@code file} when given (else only environment and defaults) and validates it all. */
    public WendaConfig load(Optional<Path> file) {
        try {
            return loadUnmasked(file);
        } catch (ConfigException e) {
            throw e.masking(secretValues());
        }
    }

    private WendaConfig loadUnmasked(Optional<Path> file) {
        Map<String, Value> values = new HashMap<>();
        file.ifPresent(path -> readYaml(path, values));
        for (ConfigKey key : ConfigKeys.all()) {
            if (key.type() != Type.SECRET) {
                String fromEnv = env.getOrDefault(key.envName(), "");
                if (!fromEnv.isEmpty()) {
                    values.put(key.name(), new Value(fromEnv, Optional.of(key.envName())));
                } else {
                    values.putIfAbsent(key.name(), new Value(key.defaultValue(), Optional.empty()));
                }
            }
        }
        Settings settings = new Settings(values);
        try {
            return build(settings);
        } catch (ConfigException e) {
            Optional<String> source = e.key().map(values::get).flatMap(Value::source);
            throw source.isPresent() ? e.from(source.get()) : e;
        }
    }

    /** {@code WENDA_*} variables that no key reads, to warn about typos such as WENDA_HTTP_PROT. */
    public List<String> unknownEnvNames() {
        var known = ConfigKeys.envNames();
        return env.keySet().stream()
                .filter(name -> name.startsWith("WENDA_") && !known.contains(name))
                .filter(name -> !name.equals("WENDA_JAVA_OPTS") && !name.startsWith("WENDA_TEST_"))
                .sorted()
                .toList();
    }

    private void readYaml(Path path, Map<String, Value> values) {
        String fileName = path.getFileName().toString();
        YamlFile.read(path).forEach((name, entry) -> {
            String where = fileName + " (line " + entry.line() + ")";
            Optional<ConfigKey> key = ConfigKeys.find(name);
            if (key.isEmpty()) {
                if (ConfigKeys.sections().contains(name)) {
                    if (entry.text().isEmpty()) {
                        return; // "discord:" with nothing under it
                    }
                    throw ConfigException.general(
                            "'" + name + "' in " + where + " is a section, not a value; its keys: " + keysOf(name));
                }
                throw ConfigException.general("unknown key '" + name + "' in " + where + hint(name));
            }
            if (key.get().type() == Type.SECRET) {
                throw ConfigException.general(
                        name + " is a secret and is not read from " + where + ": remove it and set "
                                + key.get().envName() + " or " + key.get().fileEnvName());
            }
            if (!entry.text().isEmpty()) {
                values.put(name, new Value(entry.text(), Optional.of(fileName + " line " + entry.line())));
            }
        });
    }

    private static String hint(String name) {
        int dot = name.lastIndexOf('.');
        String section = dot < 0 ? name : name.substring(0, dot);
        if (ConfigKeys.sections().contains(section)) {
            return "; keys of " + section + ": " + keysOf(section);
        }
        return "; sections: " + String.join(", ", ConfigKeys.sections());
    }

    private static String keysOf(String section) {
        return ConfigKeys.inSection(section).stream()
                .map(key -> key.name().substring(section.length() + 1))
                .collect(Collectors.joining(", "));
    }

    private WendaConfig build(Settings s) {
        String instanceId = s.text("instance.id").isEmpty() ? hostName.get() : s.text("instance.id");
        String contentDir = s.text("content.dir");
        return new WendaConfig(
                new WendaConfig.Instance(instanceId),
                new WendaConfig.Content(
                        contentDir.isEmpty() ? Optional.empty() : Optional.of(Path.of(contentDir)),
                        s.integer("content.max-community-entries")),
                new WendaConfig.Search(s.bool("search.dense")),
                new WendaConfig.Http(s.bool("http.enabled"), s.text("http.host"), s.integer("http.port")),
                new WendaConfig.Database(
                        s.text("db.url"), s.text("db.user"), secret("db.password"), s.integer("db.pool-size")),
                new WendaConfig.Discord(
                        s.bool("discord.enabled"),
                        secret("discord.token"),
                        ShardRange.parse(
                                s.text("discord.shards"), s.optionalInteger("discord.process-index"), instanceId),
                        s.bool("discord.message-content"),
                        s.optionalText("discord.admin-role"),
                        s.list("discord.command-guilds")),
                new WendaConfig.Slack(
                        s.bool("slack.enabled"),
                        secret("slack.bot-token"),
                        secret("slack.app-token"),
                        secret("slack.signing-secret"),
                        WendaConfig.Slack.Mode.parse(s.text("slack.mode")),
                        s.text("slack.host"),
                        s.integer("slack.port"),
                        s.list("slack.admins"),
                        s.optionalText("slack.api-url")),
                new WendaConfig.Limits(
                        s.integer("limits.user-requests"),
                        s.integer("limits.channel-requests"),
                        s.integer("limits.user-answers"),
                        Duration.ofSeconds(s.integer("limits.window-seconds"))),
                new WendaConfig.Quiz(
                        Duration.ofSeconds(s.integer("quiz.lease-seconds")),
                        WendaConfig.Quiz.zone(s.text("quiz.time-zone"))),
                new WendaConfig.Logging(
                        WendaConfig.Logging.Format.parse(s.text("log.format")),
                        s.text("log.level").toLowerCase(Locale.ROOT)),
                new WendaConfig.Shutdown(Duration.ofSeconds(s.integer("shutdown.timeout-seconds"))),
                new WendaConfig.Web(
                        s.bool("web.enabled"),
                        s.text("web.host"),
                        s.integer("web.port"),
                        s.optionalText("web.base-url"),
                        secret("web.secret"),
                        s.integer("web.link-days")));
    }

    private Optional<Secret> secret(String name) {
        ConfigKey key = ConfigKeys.get(name);
        String direct = env.getOrDefault(key.envName(), "");
        String fileName = env.getOrDefault(key.fileEnvName(), "");
        if (!direct.isEmpty() && !fileName.isEmpty()) {
            throw ConfigException.general(
                    name + " is set twice: set " + key.envName() + " or " + key.fileEnvName() + ", not both");
        }
        if (!direct.isEmpty()) {
            return Optional.of(checkedSecret(name, direct.strip(), key.envName()));
        }
        if (fileName.isEmpty()) {
            return Optional.empty();
        }
        String where = " (" + key.fileEnvName() + ")";
        String content = BoundedFile.read(Path.of(fileName), MAX_SECRET_FILE, name + " file " + fileName, where)
                .strip();
        if (content.isEmpty()) {
            throw ConfigException.general(name + " file " + fileName + " is empty" + where);
        }
        return Optional.of(checkedSecret(name, content, key.fileEnvName()));
    }

    /** A secret long enough to mask safely; the problem names its length, never its value. */
    private static Secret checkedSecret(String name, String value, String source) {
        if (value.isEmpty()) {
            throw ConfigException.general(name + " is only whitespace (" + source + ")");
        }
        if (value.length() < Secret.MIN_LENGTH) {
            throw ConfigException.general(name + " is too short to keep out of logs: " + value.length()
                    + " characters, at least " + Secret.MIN_LENGTH + " (" + source + ")");
        }
        return new Secret(value);
    }

    /** Every secret value the environment gives directly, to keep out of error messages. */
    private List<String> secretValues() {
        return ConfigKeys.all().stream()
                .filter(key -> key.type() == Type.SECRET)
                .map(key -> env.getOrDefault(key.envName(), "").strip())
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** A raw value and where it came from: a variable name, {@code wenda.yaml line 4}, or the default. */
    private record Value(String text, Optional<String> source) {}

    /** Typed access to the raw values; a value that does not parse names its key and value. */
    private record Settings(Map<String, Value> values) {
        String text(String name) {
            return values.get(ConfigKeys.get(name).name()).text().strip();
        }

        int integer(String name) {
            String text = text(name);
            try {
                return Integer.parseInt(text);
            } catch (NumberFormatException e) {
                throw ConfigException.invalid(name, "must be a whole number, was '" + text + "'");
            }
        }

        Optional<String> optionalText(String name) {
            return text(name).isEmpty() ? Optional.empty() : Optional.of(text(name));
        }

        /** A comma-separated list; blanks between commas are dropped. */
        List<String> list(String name) {
            return Arrays.stream(text(name).split(","))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .toList();
        }

        OptionalInt optionalInteger(String name) {
            return text(name).isEmpty() ? OptionalInt.empty() : OptionalInt.of(integer(name));
        }

        boolean bool(String name) {
            String text = text(name);
            return switch (text.toLowerCase(Locale.ROOT)) {
                case "true" -> true;
                case "false" -> false;
                default -> throw ConfigException.invalid(name, "must be true or false, was '" + text + "'");
            };
        }
    }
}
