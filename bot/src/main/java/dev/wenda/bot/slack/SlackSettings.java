package dev.wenda.bot.slack;

import dev.wenda.bot.config.WendaConfig.Slack.Mode;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How the Slack adapter connects. Secrets are suppliers so they are read when the bot starts (from
 * the environment or a file) and never kept in a printable field; {@link #toString()} shows none.
 *
 * @param botToken the bot token ({@code xoxb-…}), for Web API calls
 * @param appToken the app-level token ({@code xapp-…}), needed in {@link Mode#SOCKET}
 * @param signingSecret the signing secret, needed in {@link Mode#HTTP} to verify requests
 * @param mode Socket Mode (default; no public URL) or HTTP (Slack posts to {@code /slack/events})
 * @param host the interface the HTTP endpoint binds to, e.g. {@code 127.0.0.1} behind a proxy
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param adminUsers Slack user ids that may take admin actions besides workspace admins
 * @param apiBaseUrl the Web API base, e.g. {@code http://127.0.0.1:8080/api/}; tests only
 */
public record SlackSettings(
        Supplier<String> botToken,
        Supplier<String> appToken,
        Supplier<String> signingSecret,
        Mode mode,
        String host,
        int port,
        Set<String> adminUsers,
        Optional<String> apiBaseUrl) {

    public SlackSettings {
        Objects.requireNonNull(botToken, "botToken");
        Objects.requireNonNull(appToken, "appToken");
        Objects.requireNonNull(signingSecret, "signingSecret");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(host, "host");
        adminUsers = Set.copyOf(adminUsers);
        Objects.requireNonNull(apiBaseUrl, "apiBaseUrl");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        apiBaseUrl.ifPresent(url -> {
            if (!url.startsWith("http://") && !url.startsWith("https://") || !url.endsWith("/")) {
                throw new IllegalArgumentException(
                        "apiBaseUrl must be an http(s) URL ending in '/', was '" + url + "'");
            }
        });
    }

    /** Socket Mode with the given tokens; the usual production setup. */
    public static SlackSettings socketMode(Supplier<String> botToken, Supplier<String> appToken) {
        return new SlackSettings(
                botToken, appToken, () -> "", Mode.SOCKET, "127.0.0.1", 3000, Set.of(), Optional.empty());
    }

    /** HTTP mode on {@code host:port}, verifying requests with the signing secret. */
    public static SlackSettings httpMode(
            Supplier<String> botToken, Supplier<String> signingSecret, String host, int port) {
        return new SlackSettings(botToken, () -> "", signingSecret, Mode.HTTP, host, port, Set.of(), Optional.empty());
    }

    public SlackSettings withAdminUsers(Set<String> users) {
        return new SlackSettings(botToken, appToken, signingSecret, mode, host, port, users, apiBaseUrl);
    }

    /** Points every Web API call at {@code url} (a local fake in tests). */
    public SlackSettings withApiBaseUrl(String url) {
        return new SlackSettings(botToken, appToken, signingSecret, mode, host, port, adminUsers, Optional.of(url));
    }

    /** Reads a secret and fails with a clear message when it is missing. */
    static String require(Supplier<String> secret, String what) {
        String value = secret.get();
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(what + " is not set");
        }
        return value;
    }

    @Override
    public String toString() {
        return "SlackSettings[mode=" + mode + ", host=" + host + ", port=" + port + ", adminUsers=" + adminUsers
                + ", apiBaseUrl=" + apiBaseUrl.orElse("default") + ", secrets=<hidden>]";
    }
}
