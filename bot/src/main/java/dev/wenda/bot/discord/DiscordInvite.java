package dev.wenda.bot.discord;

import java.util.EnumSet;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The invite link for Wenda's Discord application: the two OAuth2 scopes it needs and the channel
 * permissions its replies use, nothing more. The bot logs it when it connects.
 */
public final class DiscordInvite {
    /**
     * What the bot does in a channel: see it, answer (also in threads), show answers as embeds, attach
     * the receptive-field drawing, and read the message a mention replies to.
     */
    static final Set<Permission> PERMISSIONS = EnumSet.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_SEND_IN_THREADS,
            Permission.MESSAGE_EMBED_LINKS,
            Permission.MESSAGE_ATTACH_FILES,
            Permission.MESSAGE_HISTORY);

    /** {@code bot} joins the server; {@code applications.commands} registers the slash commands. */
    static final String SCOPES = "bot+applications.commands";

    private DiscordInvite() {}

    /** The permission integer of the invite link. */
    public static long permissions() {
        return Permission.getRaw(PERMISSIONS);
    }

    /** The invite link for the application with this id (the Developer Portal's Application ID). */
    public static String url(long applicationId) {
        if (applicationId <= 0) {
            throw new IllegalArgumentException("applicationId must be positive, was " + applicationId);
        }
        return "https://discord.com/oauth2/authorize?client_id=" + Long.toUnsignedString(applicationId) + "&scope="
                + SCOPES + "&permissions=" + permissions();
    }
}
