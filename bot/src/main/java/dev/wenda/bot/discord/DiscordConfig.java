package dev.wenda.bot.discord;

import dev.wenda.bot.config.ShardRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the Discord adapter connects and behaves.
 *
 * @param token supplies the bot token when the bot starts; never stored in logs or {@link #toString()}
 * @param commandGuilds guild ids to register slash commands in (instant, for development); empty
 *     registers them globally
 * @param shards the shard range this process runs; empty runs every shard, as many as Discord
 *     recommends ({@code GET /gateway/bot})
 * @param messageContent whether the privileged message-content intent is enabled, so typed quiz
 *     answers can arrive as plain channel messages
 * @param adminRoleId a role whose members count as admins besides those with Manage Server
 * @param restBaseUrl overrides Discord's REST base URL (tests only), e.g. {@code http://127.0.0.1:P/api/v10/}
 * @param gatewayUrl overrides the gateway URL Discord would hand out (tests only), e.g. {@code ws://127.0.0.1:Q/}
 */
public record DiscordConfig(
        Supplier<String> token,
        List<String> commandGuilds,
        Optional<ShardRange> shards,
        boolean messageContent,
        Optional<String> adminRoleId,
        Optional<String> restBaseUrl,
        Optional<String> gatewayUrl) {
    public DiscordConfig {
        Objects.requireNonNull(token, "token");
        commandGuilds = List.copyOf(commandGuilds);
        for (String id : commandGuilds) {
            requireSnowflake("commandGuilds", id);
        }
        Objects.requireNonNull(shards, "shards");
        Objects.requireNonNull(adminRoleId, "adminRoleId");
        adminRoleId.ifPresent(id -> requireSnowflake("adminRoleId", id));
        Objects.requireNonNull(restBaseUrl, "restBaseUrl");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        restBaseUrl.ifPresent(url -> requireScheme("restBaseUrl", url, "http"));
        gatewayUrl.ifPresent(url -> requireScheme("gatewayUrl", url, "ws"));
    }

    /** Production defaults: global commands, every shard, no message content, no overrides. */
    public static DiscordConfig of(Supplier<String> token) {
        return new DiscordConfig(
                token, List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
    }

    public DiscordConfig withCommandGuilds(List<String> guildIds) {
        return new DiscordConfig(token, guildIds, shards, messageContent, adminRoleId, restBaseUrl, gatewayUrl);
    }

    public DiscordConfig withShards(ShardRange spec) {
        return new DiscordConfig(
                token, commandGuilds, Optional.of(spec), messageContent, adminRoleId, restBaseUrl, gatewayUrl);
    }

    public DiscordConfig withMessageContent(boolean enabled) {
        return new DiscordConfig(token, commandGuilds, shards, enabled, adminRoleId, restBaseUrl, gatewayUrl);
    }

    public DiscordConfig withAdminRole(String roleId) {
        return new DiscordConfig(
                token, commandGuilds, shards, messageContent, Optional.of(roleId), restBaseUrl, gatewayUrl);
    }

    /** Points the bot at a local fake Discord (tests). */
    public DiscordConfig withEndpoints(String restBase, String gateway) {
        return new DiscordConfig(
                token, commandGuilds, shards, messageContent, adminRoleId, Optional.of(restBase), Optional.of(gateway));
    }

    @Override
    public String toString() {
        return "DiscordConfig[token=<hidden>, commandGuilds=" + commandGuilds + ", shards="
                + shards.map(ShardRange::toString).orElse("all")
                + ", messageContent=" + messageContent + ", adminRoleId=" + adminRoleId + ", restBaseUrl="
                + restBaseUrl + ", gatewayUrl=" + gatewayUrl + "]";
    }

    private static void requireSnowflake(String name, String id) {
        if (id == null || !id.matches("\\d{1,20}")) {
            throw new IllegalArgumentException(name + " must hold Discord ids (digits), was '" + id + "'");
        }
    }

    private static void requireScheme(String name, String url, String scheme) {
        if (!url.startsWith(scheme + "://") && !url.startsWith(scheme + "s://")) {
            throw new IllegalArgumentException(
                    name + " must start with " + scheme + ":// or " + scheme + "s://, was '" + url + "'");
        }
    }
}
