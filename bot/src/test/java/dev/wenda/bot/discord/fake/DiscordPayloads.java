package dev.wenda.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Discord JSON payloads with the fields JDA 6 needs (see shared/CLIENT-TESTS.md §2.3-2.4): one
 * guild with one text channel, the bot, and a few users.
 */
public final class DiscordPayloads {
    public static final String SELF = "1000000000000000001";
    public static final String APP = "1000000000000000002";
    public static final String GUILD = "1000000000000000010";
    public static final String CHANNEL = "1000000000000000020";
    /** The role the bot's config names as admins; it carries no permissions itself. */
    public static final String ADMIN_ROLE = "1000000000000000011";
    /** A role with Manage Server. */
    public static final String MANAGER_ROLE = "1000000000000000012";
    /** The guild owner, who is none of the test users (owners have every permission). */
    public static final String OWNER = "1000000000000000039";

    public static final String ALL_PERMISSIONS = "2248473465835073";
    /** Send messages, embed links, read history, use commands: no Manage Server. */
    public static final String MEMBER_PERMISSIONS = "2147601408";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long DISCORD_EPOCH = 1420070400000L;
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String JOINED = "2024-01-01T00:00:00.000000+00:00";

    private DiscordPayloads() {}

    /** A user of the fake guild. */
    public record FakeUser(String id, String name) {}

    public static final FakeUser ALICE = new FakeUser("1000000000000000030", "alice");
    public static final FakeUser BOB = new FakeUser("1000000000000000031", "bob");
    public static final FakeUser CAROL = new FakeUser("1000000000000000032", "carol");
    public static final FakeUser DAVE = new FakeUser("1000000000000000033", "dave");

    /** A fresh snowflake: interaction ids must be recent or JDA treats their tokens as expired. */
    public static String snowflake() {
        return Long.toString(
                ((System.currentTimeMillis() - DISCORD_EPOCH) << 22) | (COUNTER.incrementAndGet() & 0xFFF));
    }

    public static ObjectNode selfUser() {
        return JSON.createObjectNode()
                .put("id", SELF)
                .put("username", "wenda")
                .put("discriminator", "0000")
                .putNull("global_name")
                .putNull("avatar")
                .put("bot", true)
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0);
    }

    static ObjectNode user(FakeUser user) {
        return JSON.createObjectNode()
                .put("id", user.id())
                .put("username", user.name())
                .put("discriminator", "0")
                .put("global_name", capitalized(user.name()))
                .putNull("avatar");
    }

    static JsonNode ready(String gatewayUrl, JsonNode shard) {
        ObjectNode d = JSON.createObjectNode().put("v", 10);
        d.set("user", selfUser());
        d.putArray("guilds").addObject().put("id", GUILD).put("unavailable", true);
        d.put("session_id", "fake-session").put("resume_gateway_url", gatewayUrl);
        d.putArray("private_channels");
        d.putArray("relationships");
        d.putObject("application").put("id", APP).put("flags", 0);
        d.set("shard", shard);
        return d;
    }

    static JsonNode guildCreate() {
        ObjectNode g = JSON.createObjectNode()
                .put("id", GUILD)
                .put("name", "Fake Guild")
                .put("owner_id", OWNER)
                .put("unavailable", false)
                .put("member_count", 2)
                .put("large", false)
                .put("preferred_locale", "en-US")
                .put("joined_at", JOINED)
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("mfa_level", 0)
                .put("nsfw_level", 0)
                .put("premium_tier", 0)
                .put("system_channel_flags", 0);
        g.putArray("features");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD, "@everyone", 0, MEMBER_PERMISSIONS));
        roles.add(role(ADMIN_ROLE, "quizmaster", 1, MEMBER_PERMISSIONS));
        roles.add(role(MANAGER_ROLE, "moderators", 2, "32"));
        g.putArray("channels")
                .addObject()
                .put("id", CHANNEL)
                .put("type", 0)
                .put("name", "general")
                .put("position", 0)
                .putNull("parent_id")
                .putNull("topic")
                .put("nsfw", false)
                .put("rate_limit_per_user", 0)
                .putArray("permission_overwrites");
        for (String empty : new String[] {
            "threads",
            "guild_scheduled_events",
            "emojis",
            "stickers",
            "voice_states",
            "presences",
            "stage_instances",
            "soundboard_sounds"
        }) {
            g.putArray(empty);
        }
        ArrayNode members = g.putArray("members");
        ObjectNode self = members.addObject();
        self.set("user", selfUser());
        self.putArray("roles");
        self.put("joined_at", JOINED).put("deaf", false).put("mute", false).put("flags", 0);
        return g;
    }

    private static ObjectNode role(String id, String name, int position, String permissions) {
        ObjectNode role = JSON.createObjectNode()
                .put("id", id)
                .put("name", name)
                .put("color", 0)
                .put("position", position)
                .put("permissions", permissions)
                .put("managed", false)
                .put("hoist", false)
                .put("mentionable", false)
                .put("flags", 0);
        role.putObject("colors").put("primary_color", 0);
        return role;
    }

    /** The parts every guild interaction shares. */
    static ObjectNode interaction(int type, String id, String token, FakeUser user, String locale, boolean admin) {
        ObjectNode d = JSON.createObjectNode()
                .put("id", id)
                .put("application_id", APP)
                .put("type", type)
                .put("token", token)
                .put("version", 1)
                .put("guild_id", GUILD)
                .put("guild_locale", "en-US")
                .put("channel_id", CHANNEL)
                .put("locale", locale)
                .put("app_permissions", ALL_PERMISSIONS)
                .put("context", 0)
                .put("attachment_size_limit", 10485760);
        d.putObject("guild").put("id", GUILD).put("locale", "en-US").putArray("features");
        d.putObject("channel")
                .put("id", CHANNEL)
                .put("type", 0)
                .put("name", "general")
                .put("guild_id", GUILD)
                .put("position", 0)
                .put("permissions", ALL_PERMISSIONS)
                .put("nsfw", false)
                .putNull("parent_id");
        ObjectNode member = d.putObject("member");
        member.set("user", user(user));
        member.putArray("roles");
        member.put("joined_at", JOINED)
                .put("permissions", admin ? ALL_PERMISSIONS : MEMBER_PERMISSIONS)
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0)
                .putNull("nick")
                .putNull("avatar")
                .putNull("premium_since")
                .put("pending", false);
        d.putArray("entitlements");
        d.putObject("authorizing_integration_owners").put("0", GUILD);
        return d;
    }

    /** Adds the member's roles to an interaction built by {@link #interaction}. */
    public static ObjectNode withRole(ObjectNode interaction, String roleId) {
        ((ArrayNode) interaction.path("member").path("roles")).add(roleId);
        return interaction;
    }

    /** A message posted by the bot, as Discord returns it from REST or embeds it in a click. */
    public static ObjectNode botMessage(String id, JsonNode components) {
        ObjectNode m = JSON.createObjectNode()
                .put("id", id)
                .put("type", 0)
                .put("channel_id", CHANNEL)
                .put("content", "")
                .put("flags", 0)
                .put("tts", false)
                .put("pinned", false)
                .put("mention_everyone", false)
                .put("timestamp", JOINED)
                .putNull("edited_timestamp")
                .put("application_id", APP);
        m.set("author", selfUser());
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.set("components", components == null ? JSON.createArrayNode() : components);
        return m;
    }

    /** A user's message in the fake channel; {@code mentions} lists the users it mentions. */
    public static ObjectNode userMessage(FakeUser author, String content, boolean mentionsBot) {
        ObjectNode m = JSON.createObjectNode()
                .put("id", snowflake())
                .put("type", 0)
                .put("channel_id", CHANNEL)
                .put("guild_id", GUILD)
                .put("content", content)
                .put("flags", 0)
                .put("tts", false)
                .put("pinned", false)
                .put("mention_everyone", false)
                .put("timestamp", JOINED)
                .putNull("edited_timestamp");
        m.set("author", user(author));
        ObjectNode member = m.putObject("member");
        member.putArray("roles");
        member.put("joined_at", JOINED).put("deaf", false).put("mute", false).put("flags", 0);
        ArrayNode mentions = m.putArray("mentions");
        if (mentionsBot) {
            mentions.add(selfUser());
        }
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        return m;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
