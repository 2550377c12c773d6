package dev.wenda.bot.store;

import dev.wenda.bot.chat.Platform;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A quiz round as stored.
 *
 * @param channelKey the key that allows one open round at a time: the channel, or the channel plus
 *     the user for a personal review round
 * @param locale the language the round speaks (its starter's)
 * @param currentNo the question on screen (1-based), 0 before the first is posted
 * @param owner the process running the round's timers
 * @param leaseUntil until when the owner holds the round without renewing (epoch ms)
 */
public record RoundRow(
        String id,
        Platform platform,
        String community,
        String channel,
        String channelKey,
        String starterId,
        String starterName,
        String topic,
        Locale locale,
        boolean personal,
        int questionCount,
        int seconds,
        boolean open,
        int currentNo,
        long startedAt,
        OptionalLong endedAt,
        Optional<String> owner,
        OptionalLong leaseUntil) {
    public RoundRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(community, "community");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(channelKey, "channelKey");
        Objects.requireNonNull(starterId, "starterId");
        Objects.requireNonNull(starterName, "starterName");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(leaseUntil, "leaseUntil");
    }

    /** The same round with question {@code no} on screen. */
    public RoundRow withCurrentNo(int no) {
        return new RoundRow(
                id,
                platform,
                community,
                channel,
                channelKey,
                starterId,
                starterName,
                topic,
                locale,
                personal,
                questionCount,
                seconds,
                open,
                no,
                startedAt,
                endedAt,
                owner,
                leaseUntil);
    }
}
