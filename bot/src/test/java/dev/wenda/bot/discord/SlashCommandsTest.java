package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SlashCommandsTest {
    private static SlashCommandData command(String name) {
        return SlashCommands.all().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    @DisplayName(
            "the admin actions live under /wenda-admin, shown by default only to members with Manage Server, in servers")
    void admin_ownCommandForManageServer() {
        SlashCommandData admin = command(SlashCommands.ADMIN);
        assertEquals(
                Permission.getRaw(Permission.MANAGE_SERVER),
                admin.getDefaultPermissions().getPermissionsRaw());
        assertEquals(java.util.Set.of(InteractionContextType.GUILD), admin.getContexts());
        assertEquals(
                List.of("reset", "reload", "delete-group", "add", "edit", "remove", "gaps", "digest", "import"),
                admin.getSubcommands().stream().map(s -> s.getName()).toList());
        assertEquals(
                List.of("help", "web"),
                command("wenda").getSubcommands().stream().map(s -> s.getName()).toList());
        assertTrue(command("wenda").getSubcommandGroups().isEmpty());
    }

    @Test
    @DisplayName("names and descriptions carry their zh-CN text from the Chinese catalogue; English is the default")
    void commands_localizedForChinese() {
        DataObject ask = command(SlashCommands.ASK).toData();
        assertEquals("Ask the question bank", ask.getString("description"));
        assertEquals("提问", ask.getObject("name_localizations").getString(DiscordLocale.CHINESE_CHINA.getLocale()));
        assertEquals(
                "向题库提问", ask.getObject("description_localizations").getString(DiscordLocale.CHINESE_CHINA.getLocale()));
        assertEquals(
                "你的问题",
                ask.getArray("options")
                        .getObject(0)
                        .getObject("description_localizations")
                        .getString("zh-CN"));

        DataObject start =
                command(SlashCommands.QUIZ).toData().getArray("options").getObject(0);
        assertEquals("start", start.getString("name"));
        assertEquals("开始", start.getObject("name_localizations").getString("zh-CN"));

        DataObject scope = command("leaderboard").toData().getArray("options").getObject(0);
        assertEquals(
                "本周",
                command("leaderboard")
                        .toData()
                        .getArray("options")
                        .getObject(1)
                        .getArray("choices")
                        .getObject(0)
                        .getObject("name_localizations")
                        .getString("zh-CN"));
        assertEquals("谁的得分", scope.getObject("description_localizations").getString("zh-CN"));

        DataObject admin = command(SlashCommands.ADMIN).toData();
        assertEquals("问答管理", admin.getObject("name_localizations").getString("zh-CN"));
    }

    @Test
    @DisplayName("a key the Chinese catalogue lacks leaves that text unlocalized instead of failing")
    void localization_missingKey_isEmpty() {
        assertEquals(Map.of(), SlashCommands.ZH_CN.apply("ask.options.question.name"));
        assertEquals(Map.of(DiscordLocale.CHINESE_CHINA, "提问"), SlashCommands.ZH_CN.apply("ask.name"));
    }
}
