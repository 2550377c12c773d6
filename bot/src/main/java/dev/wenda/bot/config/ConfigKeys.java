package dev.wenda.bot.config;

import static dev.wenda.bot.config.ConfigKey.Type.BOOLEAN;
import static dev.wenda.bot.config.ConfigKey.Type.INTEGER;
import static dev.wenda.bot.config.ConfigKey.Type.SECRET;
import static dev.wenda.bot.config.ConfigKey.Type.TEXT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedSet;

/**
 * Every key Wenda reads, in documentation order. {@code deploy/wenda.example.yaml} documents the
 * same keys; a test keeps the two in step, and another checks that every environment variable the
 * deploy files set is one of {@link #envNames()}.
 */
public final class ConfigKeys {
    /** The variable naming the YAML file when {@code --config} is not given. */
    public static final String CONFIG_FILE_ENV = "WENDA_CONFIG";

    private static final List<ConfigKey> ALL = List.of(
            new ConfigKey("instance.id", TEXT, "", "name of this process in logs and leases; empty: the host name"),
            new ConfigKey("content.dir", TEXT, "", "folder of Q&A files; empty: the bundled bank"),
            new ConfigKey(
                    "content.max-community-entries",
                    INTEGER,
                    "20000",
                    "entries one community may add to its own bank (chat, imports)"),
            new ConfigKey(
                    "search.dense",
                    BOOLEAN,
                    "true",
                    "load the embedding model and fuse it with lexical search; false: lexical search alone"),
            new ConfigKey("http.enabled", BOOLEAN, "true", "serve /healthz, /readyz and /metrics"),
            new ConfigKey("http.host", TEXT, "127.0.0.1", "address the ops endpoint binds; 0.0.0.0 in containers"),
            new ConfigKey("http.port", INTEGER, "8080", "port of the ops endpoint (0: any free port)"),
            new ConfigKey("db.url", TEXT, "jdbc:h2:file:./data/wenda", "JDBC URL: an H2 file, or PostgreSQL"),
            new ConfigKey("db.user", TEXT, "", "database user; empty: the one in the URL, if any"),
            new ConfigKey("db.password", SECRET, "", "database password"),
            new ConfigKey("db.pool-size", INTEGER, "5", "most pooled database connections"),
            new ConfigKey("discord.enabled", BOOLEAN, "false", "connect to Discord"),
            new ConfigKey("discord.token", SECRET, "", "Discord bot token"),
            new ConfigKey("discord.shards", TEXT, "1", "shards this process runs: 1, all N of N, 0-3/8, or 8 over 2"),
            new ConfigKey(
                    "discord.process-index", TEXT, "", "this process's index for 'T over N'; empty: from instance.id"),
            new ConfigKey("discord.message-content", BOOLEAN, "false", "use the privileged message-content intent"),
            new ConfigKey("discord.admin-role", TEXT, "", "role id whose members are admins besides Manage Server"),
            new ConfigKey("discord.command-guilds", TEXT, "", "comma-separated guild ids for instant commands (dev)"),
            new ConfigKey("slack.enabled", BOOLEAN, "false", "connect to Slack"),
            new ConfigKey("slack.bot-token", SECRET, "", "Slack bot token (xoxb-...)"),
            new ConfigKey("slack.app-token", SECRET, "", "Slack app-level token for Socket Mode (xapp-...)"),
            new ConfigKey("slack.signing-secret", SECRET, "", "Slack signing secret (HTTP events)"),
            new ConfigKey("slack.mode", TEXT, "socket", "socket (Socket Mode, no public URL) or http (/slack/events)"),
            new ConfigKey("slack.host", TEXT, "127.0.0.1", "address the Slack HTTP endpoint binds (http mode)"),
            new ConfigKey("slack.port", INTEGER, "3000", "port of the Slack HTTP endpoint (http mode)"),
            new ConfigKey("slack.admins", TEXT, "", "comma-separated Slack user ids with admin rights"),
            new ConfigKey(
                    "slack.api-url", TEXT, "", "Slack Web API base URL; empty: Slack's (set for a proxy or tests)"),
            new ConfigKey("limits.user-requests", INTEGER, "10", "questions and commands per user per window"),
            new ConfigKey("limits.channel-requests", INTEGER, "60", "questions and commands per channel per window"),
            new ConfigKey("limits.user-answers", INTEGER, "40", "quiz answers and clicks per user per window"),
            new ConfigKey("limits.window-seconds", INTEGER, "60", "rate-limit window"),
            new ConfigKey("quiz.lease-seconds", INTEGER, "10", "a round's lease; another process takes over after it"),
            new ConfigKey(
                    "quiz.time-zone",
                    TEXT,
                    "Asia/Shanghai",
                    "time zone of schedules and daily questions for communities that set none (quiz timezone)"),
            new ConfigKey("log.format", TEXT, "text", "text (readable) or json (one object per line)"),
            new ConfigKey("log.level", TEXT, "info", "level of Wenda's own loggers: error, warn, info, debug, trace"),
            new ConfigKey("shutdown.timeout-seconds", INTEGER, "8", "budget for a graceful stop on SIGTERM"),
            new ConfigKey("web.enabled", BOOLEAN, "false", "serve the study pages (leaderboards, progress)"),
            new ConfigKey("web.host", TEXT, "127.0.0.1", "address the study pages bind; 0.0.0.0 in containers"),
            new ConfigKey("web.port", INTEGER, "8081", "port of the study pages"),
            new ConfigKey(
                    "web.base-url",
                    TEXT,
                    "",
                    "address users open, e.g. https://wenda.example.org; empty: http://host:port"),
            new ConfigKey("web.secret", SECRET, "", "key that signs page links (at least 16 bytes)"),
            new ConfigKey("web.link-days", INTEGER, "7", "days a page link stays valid"));

    private static final Map<String, ConfigKey> BY_NAME = index();

    private ConfigKeys() {}

    /** Every key, in documentation order. */
    public static List<ConfigKey> all() {
        return ALL;
    }

    public static Optional<ConfigKey> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The key, which must exist (for code reading a key it declared above). */
    static ConfigKey get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no config key " + name));
    }

    /** The section names ({@code http}, {@code discord}, ...), in order. */
    public static SequencedSet<String> sections() {
        SequencedSet<String> sections = new LinkedHashSet<>();
        ALL.forEach(key -> sections.add(key.section()));
        return sections;
    }

    /** The keys of one section, for "unknown key" messages. */
    public static List<ConfigKey> inSection(String section) {
        return ALL.stream().filter(key -> key.section().equals(section)).toList();
    }

    /**
     * Every environment variable Wenda's configuration reads: one per key, the {@code _FILE} form
     * of each secret, and {@link #CONFIG_FILE_ENV}.
     */
    public static SequencedSet<String> envNames() {
        SequencedSet<String> names = new LinkedHashSet<>();
        names.add(CONFIG_FILE_ENV);
        for (ConfigKey key : ALL) {
            names.add(key.envName());
            if (key.type() == SECRET) {
                names.add(key.fileEnvName());
            }
        }
        return names;
    }

    private static Map<String, ConfigKey> index() {
        Map<String, ConfigKey> byName = new LinkedHashMap<>();
        List<String> clashes = new ArrayList<>();
        for (ConfigKey key : ALL) {
            if (byName.put(key.name(), key) != null) {
                clashes.add(key.name());
            }
        }
        if (!clashes.isEmpty()) {
            throw new IllegalStateException("duplicate config keys " + clashes);
        }
        return Map.copyOf(byName);
    }
}
