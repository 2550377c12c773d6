package dev.wenda.bot.slack;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the {@link Origin} of a Slack event. One {@code users.info} call (with {@code
 * include_locale}) per user, cached for ten minutes, gives the display name, whether the user is a
 * workspace admin or owner, and their Slack locale; when it fails (say the app lacks {@code
 * users:read}) the event's own name, no admin rights and English are used. Users listed in {@link
 * SlackSettings#adminUsers()} are always admins.
 */
final class SlackUsers {
    private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);

    /** What {@code users.info} says about a user. */
    record Profile(String name, boolean admin, Locale locale) {}

    private final SlackMessages messages;
    private final Set<String> adminUsers;
    private final LoadingCache<String, Optional<Profile>> cache;

    SlackUsers(SlackMessages messages, Set<String> adminUsers) {
        this.messages = messages;
        this.adminUsers = Set.copyOf(adminUsers);
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(Duration.ofMinutes(10))
                .maximumSize(10_000)
                .build(this::load);
    }

    /** The origin of an event by {@code user} in {@code channel}; may call Slack, so never on a Bolt thread. */
    Origin origin(String team, String channel, String user, String fallbackName) {
        Optional<Profile> profile = cache.get(user);
        String name = profile.map(Profile::name)
                .filter(n -> !n.isBlank())
                .orElse(fallbackName == null || fallbackName.isBlank() ? user : fallbackName);
        boolean admin = adminUsers.contains(user) || profile.map(Profile::admin).orElse(false);
        Locale locale = profile.map(Profile::locale).orElse(Locale.ENGLISH);
        return new Origin(Platform.SLACK, team, channel, user, name, locale, admin);
    }

    /** The catalogue in the user's Slack language (cached with the profile); English when unknown. */
    Messages messages(String user) {
        return Messages.of(cache.get(user).map(Profile::locale).orElse(Locale.ENGLISH));
    }

    private Optional<Profile> load(String user) {
        try {
            UsersInfoResponse response =
                    messages.methods().usersInfo(r -> r.user(user).includeLocale(true));
            if (!response.isOk() || response.getUser() == null) {
                log.warn("users.info for {} failed: {}", user, response.getError());
                return Optional.empty();
            }
            return Optional.of(profile(response.getUser()));
        } catch (IOException | SlackApiException e) {
            log.warn("users.info for {} failed", user, e);
            return Optional.empty();
        }
    }

    private static Profile profile(User user) {
        String name = user.getProfile() != null && notBlank(user.getProfile().getDisplayName())
                ? user.getProfile().getDisplayName()
                : notBlank(user.getRealName()) ? user.getRealName() : user.getName();
        Locale locale = notBlank(user.getLocale()) ? Locale.forLanguageTag(user.getLocale()) : Locale.ENGLISH;
        return new Profile(name == null ? "" : name, user.isAdmin() || user.isOwner(), locale);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
