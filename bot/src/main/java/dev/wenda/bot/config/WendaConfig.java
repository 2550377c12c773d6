package dev.wenda.bot.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The whole validated configuration of a Wenda process. Built by {@link ConfigLoader} from
 * {@code wenda.yaml}, the environment and the defaults; every record checks its own values, naming
 * the key and the bad value when one is wrong.
 */
public record WendaConfig(
        Instance instance,
        Content content,
        Search search,
        Http http,
        Database db,
        Discord discord,
        Slack slack,
        Limits limits,
        Quiz quiz,
        Logging log,
        Shutdown shutdown,
        Web web) {
    public WendaConfig {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(slack, "slack");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(quiz, "quiz");
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(shutdown, "shutdown");
        Objects.requireNonNull(web, "web");
    }

    /** Every default: bundled bank, H2 file under {@code ./data}, no platform, text logs. */
    public static WendaConfig defaults() {
        return new ConfigLoader(java.util.Map.of(), () -> "wenda").load(Optional.empty());
    }

    /** Every secret set, for log masking. */
    public List<Secret> secrets() {
        return Stream.of(
                        db.password(),
                        discord.token(),
                        slack.botToken(),
                        slack.appToken(),
                        slack.signingSecret(),
                        web.secret())
                .flatMap(Optional::stream)
                .toList();
    }

    /** The same configuration reading Q&A files from {@code dir} (the {@code --content} option). */
    public WendaConfig withContentDir(Path dir) {
        return new WendaConfig(
                instance,
                new Content(Optional.of(dir), content.maxCommunityEntries()),
                search,
                http,
                db,
                discord,
                slack,
                limits,
                quiz,
                log,
                shutdown,
                web);
    }

    /** @param id this process's name in logs and quiz leases */
    public record Instance(String id) {
        public Instance {
            if (id.isBlank() || id.length() > 100) {
                throw ConfigException.invalid("instance.id", "must be 1-100 characters, was '" + id + "'");
            }
        }
    }

    /**
     * @param dir the folder of Q&A files; empty for the bundled bank
     * @param maxCommunityEntries entries one community may add to its own bank
     */
    public record Content(Optional<Path> dir, int maxCommunityEntries) {
        public Content {
            Objects.requireNonNull(dir, "dir");
            if (maxCommunityEntries < 1 || maxCommunityEntries > 1_000_000) {
                throw ConfigException.invalid(
                        "content.max-community-entries", "must be 1-1000000, was " + maxCommunityEntries);
            }
        }

        /** The folder, with the default limit of 20,000 entries per community. */
        public Content(Optional<Path> dir) {
            this(dir, 20_000);
        }
    }

    /**
     * @param dense whether the embedding model is loaded and fused with lexical search; off, the
     *     lexical path works alone (faster start, no model in memory)
     */
    public record Search(boolean dense) {}

    /**
     * The ops endpoint: {@code /healthz}, {@code /readyz}, {@code /metrics}. Port 0 binds any free
     * port (the start-up log names it), as the package-time training run does.
     */
    public record Http(boolean enabled, String host, int port) {
        public Http {
            checkHost("http.host", host);
            if (port < 0 || port > 65535) {
                throw ConfigException.invalid("http.port", "must be 0-65535, was " + port);
            }
        }
    }

    /** The store: an embedded H2 file by default, PostgreSQL when several processes share it. */
    public record Database(String url, String user, Optional<Secret> password, int poolSize) {
        public Database {
            if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
                throw ConfigException.invalid(
                        "db.url", "must be a jdbc:h2: or jdbc:postgresql: URL, was '" + Redaction.url(url) + "'");
            }
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(password, "password");
            if (poolSize < 1 || poolSize > 100) {
                throw ConfigException.invalid("db.pool-size", "must be 1-100, was " + poolSize);
            }
        }

        public boolean postgres() {
            return url.startsWith("jdbc:postgresql:");
        }
    }

    /**
     * @param shards the shard range of this process
     * @param messageContent whether to use the privileged message-content intent (typed answers)
     * @param adminRole a role id whose members count as admins besides Manage Server
     * @param commandGuilds guild ids to register slash commands in at once (development); empty: global
     */
    public record Discord(
            boolean enabled,
            Optional<Secret> token,
            ShardRange shards,
            boolean messageContent,
            Optional<String> adminRole,
            List<String> commandGuilds) {
        public Discord {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(shards, "shards");
            Objects.requireNonNull(adminRole, "adminRole");
            commandGuilds = List.copyOf(commandGuilds);
            adminRole.ifPresent(id -> snowflake("discord.admin-role", id));
            commandGuilds.forEach(id -> snowflake("discord.command-guilds", id));
            if (enabled && token.isEmpty()) {
                throw ConfigException.invalid(
                        "discord.token",
                        "is required when discord.enabled is true: set WENDA_DISCORD_TOKEN or WENDA_DISCORD_TOKEN_FILE");
            }
        }

        private static void snowflake(String key, String id) {
            if (!id.matches("\\d{1,20}")) {
                throw ConfigException.invalid(key, "must hold Discord ids (digits), was '" + id + "'");
            }
        }
    }

    /**
     * Slack needs the bot token, plus the app-level token in Socket Mode or the signing secret in
     * HTTP mode.
     *
     * @param mode Socket Mode (no public URL) or HTTP (Slack posts to {@code /slack/events})
     * @param host the address the HTTP endpoint binds (HTTP mode)
     * @param port the port of the HTTP endpoint (HTTP mode)
     * @param admins Slack user ids with admin rights besides the workspace's admins and owners
     * @param apiUrl the Web API base URL when not Slack's own (a proxy, or a fake in tests)
     */
    public record Slack(
            boolean enabled,
            Optional<Secret> botToken,
            Optional<Secret> appToken,
            Optional<Secret> signingSecret,
            Mode mode,
            String host,
            int port,
            List<String> admins,
            Optional<String> apiUrl) {
        public Slack {
            Objects.requireNonNull(apiUrl, "apiUrl");
            apiUrl.ifPresent(url -> {
                if (!url.matches("https?://.+/")) {
                    throw ConfigException.invalid(
                            "slack.api-url", "must be an http(s) URL ending in '/', was '" + Redaction.url(url) + "'");
                }
            });
            Objects.requireNonNull(botToken, "botToken");
            Objects.requireNonNull(appToken, "appToken");
            Objects.requireNonNull(signingSecret, "signingSecret");
            Objects.requireNonNull(mode, "mode");
            checkHost("slack.host", host);
            admins = List.copyOf(admins);
            if (port < 0 || port > 65_535) {
                throw ConfigException.invalid("slack.port", "must be 0-65535, was " + port);
            }
            if (enabled && botToken.isEmpty()) {
                throw ConfigException.invalid(
                        "slack.bot-token",
                        "is required when slack.enabled is true: set WENDA_SLACK_BOT_TOKEN or WENDA_SLACK_BOT_TOKEN_FILE");
            }
            if (enabled && mode == Mode.SOCKET && appToken.isEmpty()) {
                throw ConfigException.invalid(
                        "slack.app-token",
                        "is required when slack.enabled is true (Socket Mode): set WENDA_SLACK_APP_TOKEN or"
                                + " WENDA_SLACK_APP_TOKEN_FILE");
            }
            if (enabled && mode == Mode.HTTP && signingSecret.isEmpty()) {
                throw ConfigException.invalid(
                        "slack.signing-secret",
                        "is required when slack.mode is http: set WENDA_SLACK_SIGNING_SECRET or"
                                + " WENDA_SLACK_SIGNING_SECRET_FILE");
            }
        }

        /** How Slack delivers events. */
        public enum Mode {
            SOCKET,
            HTTP;

            static Mode parse(String text) {
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "socket" -> SOCKET;
                    case "http" -> HTTP;
                    default ->
                        throw ConfigException.invalid("slack.mode", "must be socket or http, was '" + text + "'");
                };
            }
        }
    }

    private static final java.util.regex.Pattern HOST_NAME = java.util.regex.Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");
    private static final java.util.regex.Pattern IPV6 =
            java.util.regex.Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    /** A host to bind: an IPv4 or IPv6 address or a host name, checked before anything binds it. */
    private static void checkHost(String key, String host) {
        if (host.length() > 253
                || !(HOST_NAME.matcher(host).matches() || IPV6.matcher(host).matches())) {
            throw ConfigException.invalid(
                    key, "must be an address such as 0.0.0.0 or 127.0.0.1, or a host name, was '" + host + "'");
        }
    }

    /** Per-user and per-channel request budgets per window on Discord and Slack. */
    public record Limits(int userRequests, int channelRequests, int userAnswers, Duration window) {
        public Limits {
            positive("limits.user-requests", userRequests);
            positive("limits.channel-requests", channelRequests);
            positive("limits.user-answers", userAnswers);
            if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(1)) > 0) {
                throw ConfigException.invalid("limits.window-seconds", "must be 1-86400, was " + window.toSeconds());
            }
        }

        private static void positive(String key, int value) {
            if (value < 1 || value > 100_000) {
                throw ConfigException.invalid(key, "must be 1-100000, was " + value);
            }
        }
    }

    /**
     * @param lease how long a round stays with a silent owner before another process takes it over
     * @param zone the time zone of schedules and daily questions of communities that set none
     */
    public record Quiz(Duration lease, ZoneId zone) {
        public Quiz {
            if (lease.compareTo(Duration.ofSeconds(3)) < 0 || lease.compareTo(Duration.ofMinutes(10)) > 0) {
                throw ConfigException.invalid("quiz.lease-seconds", "must be 3-600, was " + lease.toSeconds());
            }
            Objects.requireNonNull(zone, "zone");
        }

        /** {@code quiz.time-zone}: an IANA zone id such as Asia/Shanghai. */
        public static ZoneId zone(String text) {
            try {
                return ZoneId.of(text.strip());
            } catch (java.time.DateTimeException e) {
                throw ConfigException.invalid(
                        "quiz.time-zone", "must be a time zone such as Asia/Shanghai, was '" + text + "'");
            }
        }
    }

    /** @param level the level of {@code dev.wenda} loggers, lower case */
    public record Logging(Format format, String level) {
        private static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug", "trace");

        public Logging {
            Objects.requireNonNull(format, "format");
            if (!LEVELS.contains(level)) {
                throw ConfigException.invalid(
                        "log.level", "must be one of error, warn, info, debug, trace, was '" + level + "'");
            }
        }

        public enum Format {
            TEXT,
            JSON;

            static Format parse(String text) {
                return switch (text.toLowerCase(Locale.ROOT)) {
                    case "text" -> TEXT;
                    case "json" -> JSON;
                    default -> throw ConfigException.invalid("log.format", "must be text or json, was '" + text + "'");
                };
            }
        }
    }

    /** @param timeout how long a graceful stop may take before the process exits anyway */
    public record Shutdown(Duration timeout) {
        public Shutdown {
            if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofSeconds(60)) > 0) {
                throw ConfigException.invalid("shutdown.timeout-seconds", "must be 1-60, was " + timeout.toSeconds());
            }
        }
    }

    /**
     * The study pages ({@code web} package): leaderboards, progress, round reports, on their own port.
     *
     * @param baseUrl what users open; empty for {@code http://host:port}
     * @param secret signs page links; required when enabled
     * @param linkDays how long a link from {@code /wenda web} stays valid
     */
    public record Web(
            boolean enabled, String host, int port, Optional<String> baseUrl, Optional<Secret> secret, int linkDays) {
        public Web {
            if (host.isBlank()) {
                throw ConfigException.invalid("web.host", "must be an address such as 0.0.0.0 or 127.0.0.1, was ''");
            }
            if (port < 1 || port > 65535) {
                throw ConfigException.invalid("web.port", "must be 1-65535, was " + port);
            }
            Objects.requireNonNull(baseUrl, "baseUrl");
            baseUrl.ifPresent(url -> {
                if (!url.matches("https?://[^\\s/?#]+(/[^\\s?#]*)?")) {
                    throw ConfigException.invalid(
                            "web.base-url", "must be an http(s) address without query, was '" + url + "'");
                }
            });
            Objects.requireNonNull(secret, "secret");
            if (linkDays < 1 || linkDays > 365) {
                throw ConfigException.invalid("web.link-days", "must be 1-365, was " + linkDays);
            }
            if (enabled && secret.isEmpty()) {
                throw ConfigException.invalid(
                        "web.secret",
                        "is required when web.enabled is true: set WENDA_WEB_SECRET or WENDA_WEB_SECRET_FILE");
            }
            if (secret.isPresent()
                    && secret.get().reveal().getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 16) {
                throw ConfigException.invalid("web.secret", "must be at least 16 bytes (value not shown)");
            }
        }

        /** The address pages are linked under, without a trailing slash. */
        public String root() {
            return baseUrl.map(url -> url.endsWith("/") ? url.substring(0, url.length() - 1) : url)
                    .orElse("http://" + host + ":" + port);
        }
    }
}
