package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import java.util.Locale;
import java.util.Optional;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.interactions.Interaction;

/** Builds the neutral "who, where" of a Discord event. */
final class Origins {
    /** The community of direct messages, which have no guild. */
    static final String DIRECT = "dm";

    private final Optional<String> adminRoleId;

    Origins(Optional<String> adminRoleId) {
        this.adminRoleId = adminRoleId;
    }

    /** Locale from the user's Discord client setting. */
    Origin of(Interaction interaction) {
        return build(
                interaction.getGuild(),
                interaction.getChannelId(),
                interaction.getUser(),
                interaction.getMember(),
                interaction.getUserLocale().toLocale());
    }

    /**
     * Messages carry no user locale: Chinese when the text has Han characters, else the guild's
     * preferred locale.
     */
    Origin of(Message message) {
        Guild guild = message.isFromGuild() ? message.getGuild() : null;
        Locale locale = hasHan(message.getContentRaw())
                ? Locale.CHINESE
                : guild == null ? Locale.ENGLISH : guild.getLocale().toLocale();
        return build(guild, message.getChannelId(), message.getAuthor(), message.getMember(), locale);
    }

    private Origin build(Guild guild, String channelId, User user, Member member, Locale locale) {
        return new Origin(
                Platform.DISCORD,
                guild == null ? DIRECT : guild.getId(),
                channelId == null ? "" : channelId,
                user.getId(),
                member != null ? member.getEffectiveName() : user.getEffectiveName(),
                locale,
                member != null && isAdmin(member));
    }

    private boolean isAdmin(Member member) {
        return member.hasPermission(Permission.MANAGE_SERVER)
                || adminRoleId
                        .map(id -> member.getRoles().stream()
                                .anyMatch(role -> role.getId().equals(id)))
                        .orElse(false);
    }

    static boolean hasHan(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
