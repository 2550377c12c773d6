package dev.wenda.bot.discord;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.quiz.QuizEngine;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.DiscordLocale;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.localization.LocalizationFunction;

/**
 * The slash commands Wenda registers, with their options; names match {@link CommandTranslator}.
 * Descriptions come from the English message catalogue, and every name and description has its
 * zh-CN localization in the Chinese one, under {@value #KEYS} + JDA's localization key
 * ({@code ask.description}, {@code quiz.start.name}, {@code leaderboard.options.scope.choices.week.name}, …).
 */
final class SlashCommands {
    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String QUIZ = "quiz";
    static final String TOPIC = "topic";
    static final String DECK = "deck";
    static final String ADMIN = "wenda-admin";
    static final String FILE = "file";

    /** Where command texts live in the message catalogues. */
    static final String KEYS = "discord.command.";

    /** zh-CN names and descriptions from the Chinese catalogue; a key it lacks stays unlocalized. */
    static final LocalizationFunction ZH_CN = key ->
            Messages.ZH.has(KEYS + key) ? Map.of(DiscordLocale.CHINESE_CHINA, Messages.ZH.text(KEYS + key)) : Map.of();

    private SlashCommands() {}

    static List<SlashCommandData> all() {
        return Stream.of(ask(), quiz(), leaderboard(), group(), me(), review(), calc(), wenda(), admin())
                .map(command -> command.setLocalizationFunction(ZH_CN))
                .toList();
    }

    private static String en(String key) {
        return Messages.EN.text(key);
    }

    private static SlashCommandData ask() {
        return Commands.slash(ASK, en("discord.command.ask.description"))
                .addOptions(new OptionData(
                        OptionType.STRING,
                        QUESTION,
                        en("discord.command.ask.options.question.description"),
                        true,
                        true));
    }

    private static SlashCommandData quiz() {
        return Commands.slash(QUIZ, en("discord.command.quiz.description"))
                .addSubcommands(
                        new SubcommandData("start", en("discord.command.quiz.start.description"))
                                .addOptions(
                                        new OptionData(
                                                OptionType.STRING,
                                                TOPIC,
                                                en("discord.command.quiz.start.options.topic.description"),
                                                false,
                                                true),
                                        new OptionData(
                                                        OptionType.INTEGER,
                                                        "count",
                                                        en("discord.command.quiz.start.options.count.description"))
                                                .setRequiredRange(1, QuizEngine.MAX_COUNT),
                                        new OptionData(
                                                        OptionType.INTEGER,
                                                        "seconds",
                                                        en("discord.command.quiz.start.options.seconds.description"))
                                                .setRequiredRange(QuizEngine.MIN_SECONDS, QuizEngine.MAX_SECONDS),
                                        new OptionData(
                                                OptionType.STRING,
                                                "kinds",
                                                en("discord.command.quiz.start.options.kinds.description")),
                                        new OptionData(
                                                OptionType.STRING,
                                                DECK,
                                                en("discord.command.quiz.start.options.deck.description"))),
                        new SubcommandData("stop", en("discord.command.quiz.stop.description")),
                        new SubcommandData("skip", en("discord.command.quiz.skip.description")))
                .addSubcommands(HabitCommands.quizSubcommands());
    }

    private static SlashCommandData leaderboard() {
        return Commands.slash("leaderboard", en("discord.command.leaderboard.description"))
                .addOptions(
                        new OptionData(
                                        OptionType.STRING,
                                        "scope",
                                        en("discord.command.leaderboard.options.scope.description"))
                                .addChoice("server", "server")
                                .addChoice("channel", "channel")
                                .addChoice("group", "group"),
                        new OptionData(
                                        OptionType.STRING,
                                        "period",
                                        en("discord.command.leaderboard.options.period.description"))
                                .addChoice("week", "week")
                                .addChoice("month", "month")
                                .addChoice("all", "all"),
                        new OptionData(
                                OptionType.STRING,
                                "group",
                                en("discord.command.leaderboard.options.group.description")));
    }

    private static SlashCommandData group() {
        return Commands.slash("group", en("discord.command.group.description"))
                .addSubcommands(
                        named("group", "create"),
                        named("group", "join"),
                        named("group", "leave"),
                        new SubcommandData("list", en("discord.command.group.list.description")));
    }

    private static SlashCommandData me() {
        return Commands.slash("me", en("discord.command.me.description"));
    }

    private static SlashCommandData review() {
        return Commands.slash("review", en("discord.command.review.description"))
                .addOptions(HabitCommands.reviewExport());
    }

    private static SlashCommandData calc() {
        return Commands.slash("calc", en("discord.command.calc.description"))
                .addSubcommands(expression("rf"), expression("conv"), expression("compare"), expression("net"));
    }

    private static SlashCommandData wenda() {
        return Commands.slash("wenda", en("discord.command.wenda.description"))
                .addSubcommands(
                        new SubcommandData("help", en("discord.command.wenda.help.description")),
                        new SubcommandData("web", "A private link to your study pages")
                                .addOptions(
                                        new OptionData(OptionType.BOOLEAN, "admin", "The admin pages (admins only)"),
                                        new OptionData(
                                                OptionType.BOOLEAN,
                                                "public",
                                                "Admins: leaderboards readable without a link (true) or not")));
    }

    /**
     * {@code /wenda-admin ...}: by default only members with Manage Server see it (a server can grant
     * it to a role in its Integrations settings); the services still check every call.
     */
    private static SlashCommandData admin() {
        return Commands.slash(ADMIN, en(KEYS + ADMIN + ".description"))
                .setContexts(InteractionContextType.GUILD)
                .setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_SERVER))
                .addSubcommands(adminActions());
    }

    /** The admin actions; a new one is a subcommand here, a case in CommandTranslator and its texts. */
    private static List<SubcommandData> adminActions() {
        return List.of(
                new SubcommandData("reset", en(KEYS + ADMIN + ".reset.description"))
                        .addOptions(
                                new OptionData(
                                                OptionType.STRING,
                                                "scope",
                                                en(KEYS + ADMIN + ".reset.options.scope.description"))
                                        .addChoice("server", "server")
                                        .addChoice("channel", "channel")
                                        .addChoice("group", "group"),
                                new OptionData(
                                        OptionType.STRING,
                                        "group",
                                        en(KEYS + ADMIN + ".reset.options.group.description"))),
                new SubcommandData("reload", en(KEYS + ADMIN + ".reload.description")),
                named(ADMIN, "delete-group"),
                bankEntry("add", false),
                bankEntry("edit", true),
                new SubcommandData("remove", en(KEYS + ADMIN + ".remove.description"))
                        .addOptions(entryOption("remove")),
                new SubcommandData("gaps", en(KEYS + ADMIN + ".gaps.description")),
                digest(),
                new SubcommandData("import", en(KEYS + ADMIN + ".import.description"))
                        .addOptions(
                                new OptionData(
                                        OptionType.ATTACHMENT,
                                        FILE,
                                        en(KEYS + ADMIN + ".import.options.file.description"),
                                        true),
                                new OptionData(
                                                OptionType.STRING,
                                                "deck",
                                                en(KEYS + ADMIN + ".import.options.deck.description"))
                                        .setMaxLength(100),
                                new OptionData(
                                                OptionType.STRING,
                                                "licence",
                                                en(KEYS + ADMIN + ".import.options.licence.description"))
                                        .setMaxLength(500)));
    }

    /** {@code /wenda-admin digest [channel] [day] [time] [off]}: the weekly gap digest. */
    private static SubcommandData digest() {
        String key = KEYS + ADMIN + ".digest";
        return new SubcommandData("digest", en(key + ".description"))
                .addOptions(
                        new OptionData(OptionType.CHANNEL, "channel", en(key + ".options.channel.description"))
                                .setChannelTypes(ChannelType.TEXT),
                        new OptionData(OptionType.STRING, "day", en(key + ".options.day.description"))
                                .addChoice("mon", "mon")
                                .addChoice("tue", "tue")
                                .addChoice("wed", "wed")
                                .addChoice("thu", "thu")
                                .addChoice("fri", "fri")
                                .addChoice("sat", "sat")
                                .addChoice("sun", "sun"),
                        new OptionData(OptionType.STRING, "time", en(key + ".options.time.description"))
                                .setMaxLength(5),
                        new OptionData(OptionType.BOOLEAN, "off", en(key + ".options.off.description")));
    }

    /** {@code add} or {@code edit} of a community entry: question, answer (Markdown), tags. */
    private static SubcommandData bankEntry(String name, boolean existing) {
        String key = KEYS + ADMIN + "." + name;
        SubcommandData command = new SubcommandData(name, en(key + ".description"));
        if (existing) {
            command.addOptions(entryOption(name));
        }
        return command.addOptions(
                new OptionData(OptionType.STRING, "question", en(key + ".options.question.description"), true)
                        .setMaxLength(500),
                new OptionData(OptionType.STRING, "answer", en(key + ".options.answer.description"), true)
                        .setMaxLength(6000),
                new OptionData(OptionType.STRING, "tags", en(key + ".options.tags.description")));
    }

    private static OptionData entryOption(String command) {
        return new OptionData(
                OptionType.STRING, "entry", en(KEYS + ADMIN + "." + command + ".options.entry.description"), true);
    }

    private static SubcommandData named(String command, String name) {
        String key = KEYS + command + "." + name;
        return new SubcommandData(name, en(key + ".description"))
                .addOptions(new OptionData(OptionType.STRING, "name", en(key + ".options.name.description"), true));
    }

    private static SubcommandData expression(String name) {
        String key = KEYS + "calc." + name;
        return new SubcommandData(name, en(key + ".description"))
                .addOptions(new OptionData(
                        OptionType.STRING, "expression", en(key + ".options.expression.description"), true));
    }
}
