package dev.wenda.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wenda.bot.discord.fake.DiscordPayloads.FakeUser;
import java.util.LinkedHashMap;
import java.util.Map;

/** INTERACTION_CREATE payloads: slash commands, autocomplete, button clicks and modal submits. */
public final class InteractionPayloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InteractionPayloads() {}

    /** One interaction, with the id and token its callback and webhook URLs use. */
    public record Interaction(String id, String token, ObjectNode payload) {
        public String callbackPath() {
            return "/api/v10/interactions/" + id + "/" + token + "/callback";
        }

        public String webhookPath() {
            return "/api/v10/webhooks/" + DiscordPayloads.APP + "/" + token;
        }

        public String originalPath() {
            return webhookPath() + "/messages/@original";
        }
    }

    /** A builder for one interaction by one user. */
    public static Builder by(FakeUser user) {
        return new Builder(user);
    }

    public static final class Builder {
        private final FakeUser user;
        private String locale = "en-US";
        private boolean admin;
        private String role;

        private Builder(FakeUser user) {
            this.user = user;
        }

        public Builder locale(String discordLocale) {
            this.locale = discordLocale;
            return this;
        }

        /** The user holds a role with Manage Server. */
        public Builder admin() {
            this.admin = true;
            return role(DiscordPayloads.MANAGER_ROLE);
        }

        public Builder role(String roleId) {
            this.role = roleId;
            return this;
        }

        /** {@code /name sub key:value ...}; {@code sub} may be null. Values that look numeric are integers. */
        public Interaction slash(String name, String sub, Map<String, String> options) {
            ObjectNode data = JSON.createObjectNode()
                    .put("id", "1000000000000000200")
                    .put("name", name)
                    .put("type", 1)
                    .put("guild_id", DiscordPayloads.GUILD);
            ArrayNode target = data.putArray("options");
            if (sub != null) {
                ObjectNode subcommand = target.addObject().put("name", sub).put("type", 1);
                target = subcommand.putArray("options");
            }
            for (Map.Entry<String, String> option : new LinkedHashMap<>(options).entrySet()) {
                ObjectNode o = target.addObject().put("name", option.getKey());
                if (option.getValue().matches("-?\\d{1,9}")) {
                    o.put("type", 4).put("value", Integer.parseInt(option.getValue()));
                } else {
                    o.put("type", 3).put("value", option.getValue());
                }
            }
            return build(2, data, null);
        }

        /**
         * {@code /name sub file:<attachment> key:value ...}: the attachment as Discord resolves it,
         * named {@code fileName}, declaring {@code size} bytes, downloadable from {@code url}.
         */
        public Interaction slashWithFile(
                String name, String sub, String fileName, long size, String url, Map<String, String> options) {
            Interaction plain = slash(name, sub, options);
            ObjectNode data = (ObjectNode) plain.payload().get("data");
            String id = DiscordPayloads.snowflake();
            ((ArrayNode) data.get("options").get(0).get("options"))
                    .addObject()
                    .put("name", "file")
                    .put("type", 11)
                    .put("value", id);
            data.putObject("resolved")
                    .putObject("attachments")
                    .putObject(id)
                    .put("id", id)
                    .put("filename", fileName)
                    .put("size", size)
                    .put("url", url)
                    .put("proxy_url", url)
                    .put("content_type", "text/markdown; charset=utf-8");
            return plain;
        }

        /** {@code /name group sub key:value ...}: a subcommand inside a subcommand group. */
        public Interaction slashInGroup(String name, String group, String sub, Map<String, String> options) {
            Interaction plain = slash(name, sub, options);
            ObjectNode data = (ObjectNode) plain.payload().get("data");
            ArrayNode subcommands = (ArrayNode) data.remove("options");
            data.putArray("options")
                    .addObject()
                    .put("name", group)
                    .put("type", 2)
                    .set("options", subcommands);
            return plain;
        }

        /** The user is typing {@code typed} into option {@code option} of {@code /name [sub]}. */
        public Interaction autocomplete(String name, String sub, String option, String typed) {
            ObjectNode data = JSON.createObjectNode()
                    .put("id", "1000000000000000200")
                    .put("name", name)
                    .put("type", 1);
            ArrayNode target = data.putArray("options");
            if (sub != null) {
                target = target.addObject().put("name", sub).put("type", 1).putArray("options");
            }
            target.addObject()
                    .put("name", option)
                    .put("type", 3)
                    .put("value", typed)
                    .put("focused", true);
            return build(4, data, null);
        }

        /** A click on button {@code customId} of the bot's message {@code messageId} with those components. */
        public Interaction click(String messageId, JsonNode components, String customId) {
            ObjectNode data = JSON.createObjectNode().put("custom_id", customId).put("component_type", 2);
            return build(3, data, DiscordPayloads.botMessage(messageId, components));
        }

        /** Submits the modal {@code modalId} with one text input. */
        public Interaction modal(String messageId, String modalId, String inputId, String value) {
            ObjectNode data = JSON.createObjectNode().put("custom_id", modalId);
            ObjectNode label =
                    data.putArray("components").addObject().put("type", 18).put("id", 1);
            label.putObject("component")
                    .put("type", 4)
                    .put("id", 2)
                    .put("custom_id", inputId)
                    .put("value", value);
            return build(5, data, DiscordPayloads.botMessage(messageId, null));
        }

        /** Submits the modal {@code modalId} with one text input per entry of {@code inputs}, in order. */
        public Interaction modal(String messageId, String modalId, Map<String, String> inputs) {
            ObjectNode data = JSON.createObjectNode().put("custom_id", modalId);
            ArrayNode labels = data.putArray("components");
            int id = 1;
            for (Map.Entry<String, String> input : new LinkedHashMap<>(inputs).entrySet()) {
                ObjectNode label = labels.addObject().put("type", 18).put("id", id++);
                label.putObject("component")
                        .put("type", 4)
                        .put("id", id++)
                        .put("custom_id", input.getKey())
                        .put("value", input.getValue());
            }
            return build(5, data, DiscordPayloads.botMessage(messageId, null));
        }

        private Interaction build(int type, ObjectNode data, ObjectNode message) {
            String id = DiscordPayloads.snowflake();
            String token = "itoken-" + id;
            ObjectNode payload = DiscordPayloads.interaction(type, id, token, user, locale, admin);
            if (role != null) {
                DiscordPayloads.withRole(payload, role);
            }
            payload.set("data", data);
            if (message != null) {
                payload.set("message", message);
            }
            return new Interaction(id, token, payload);
        }
    }
}
