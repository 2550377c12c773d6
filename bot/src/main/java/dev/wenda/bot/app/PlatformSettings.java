package dev.wenda.bot.app;

import dev.wenda.bot.chat.ChannelAddress;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.config.Secret;
import dev.wenda.bot.config.ShardRange;
import dev.wenda.bot.config.WendaConfig;
import dev.wenda.bot.discord.DiscordConfig;
import dev.wenda.bot.guard.RateLimits;
import dev.wenda.bot.slack.SlackSettings;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The configuration turned into what the adapters and the store take. Secrets stay wrapped until
 * an adapter asks for them.
 */
final class PlatformSettings {
    private PlatformSettings() {}

    static DiscordConfig discord(WendaConfig.Discord discord) {
        DiscordConfig built = DiscordConfig.of(secret(discord.token()))
                .withShards(discord.shards())
                .withMessageContent(discord.messageContent())
                .withCommandGuilds(discord.commandGuilds());
        return discord.adminRole().map(built::withAdminRole).orElse(built);
    }

    static SlackSettings slack(WendaConfig.Slack c) {
        return new SlackSettings(
                secret(c.botToken()),
                secret(c.appToken()),
                secret(c.signingSecret()),
                c.mode(),
                c.host(),
                c.port(),
                Set.copyOf(c.admins()),
                c.apiUrl());
    }

    /**
     * The platforms whose rounds this process may take over from a process that died: those it can
     * post to in every channel. Slack, and Discord only when this process runs every shard.
     */
    static Set<Platform> takeover(WendaConfig config) {
        Set<Platform> takeover = EnumSet.noneOf(Platform.class);
        if (config.slack().enabled()) {
            takeover.add(Platform.SLACK);
        }
        ShardRange shards = config.discord().shards();
        if (config.discord().enabled() && shards.count() == shards.total()) {
            takeover.add(Platform.DISCORD);
        }
        return Set.copyOf(takeover);
    }

    /**
     * The channels whose schedules this process fires: every Slack channel when Slack is on; a
     * Discord guild when Discord is on and the guild's shard ({@code (guild id >> 22) % total},
     * Discord's rule) is one this process runs.
     */
    static Predicate<ChannelAddress> schedulable(WendaConfig config) {
        boolean slack = config.slack().enabled();
        boolean discord = config.discord().enabled();
        ShardRange shards = config.discord().shards();
        return address -> switch (address.platform()) {
            case SLACK -> slack;
            case DISCORD ->
                discord
                        && shardOf(address.community(), shards.total()).stream()
                                .anyMatch(shard -> shard >= shards.first() && shard <= shards.last());
            case CONSOLE -> false;
        };
    }

    /** The shard of a Discord guild id among {@code total}; empty for an id that is not a snowflake. */
    static OptionalInt shardOf(String guildId, int total) {
        try {
            return OptionalInt.of((int) Long.remainderUnsigned(Long.parseUnsignedLong(guildId) >>> 22, total));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The per-user and per-channel budgets of {@code limits.*}. */
    static RateLimits rateLimits(WendaConfig.Limits limits) {
        return new RateLimits(limits.userRequests(), limits.channelRequests(), limits.userAnswers(), limits.window());
    }

    /** The JDBC URL with the configured user and password as connection properties. */
    static String jdbcUrl(WendaConfig.Database db) {
        if (!db.postgres() || (db.user().isEmpty() && db.password().isEmpty())) {
            return db.url();
        }
        StringBuilder url = new StringBuilder(db.url()).append(db.url().contains("?") ? '&' : '?');
        if (!db.user().isEmpty()) {
            url.append("user=").append(URLEncoder.encode(db.user(), StandardCharsets.UTF_8));
        }
        db.password().ifPresent(p -> url.append(db.user().isEmpty() ? "" : "&")
                .append("password=")
                .append(URLEncoder.encode(p.reveal(), StandardCharsets.UTF_8)));
        return url.toString();
    }

    private static Supplier<String> secret(Optional<Secret> secret) {
        return () -> secret.map(Secret::reveal).orElse("");
    }
}
