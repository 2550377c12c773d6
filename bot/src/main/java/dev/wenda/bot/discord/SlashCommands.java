package dev.wenda.bot.discord;

import java.util.List;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandData;
import net.dv8tion.jda.api.interactions.commands.build.SubcommandGroupData;

/** The slash commands Wenda registers, with their options; names match {@link CommandTranslator}. */
final class SlashCommands {
    static final String ASK = "ask";
    static final String QUESTION = "question";
    static final String QUIZ = "quiz";
    static final String TOPIC = "topic";
    static final String ADMIN = "admin";

    private SlashCommands() {}

    static List<SlashCommandData> all() {
        return List.of(
                Commands.slash(ASK, "Ask the question bank")
                        .addOptions(new OptionData(OptionType.STRING, QUESTION, "Your question", true, true)),
                Commands.slash(QUIZ, "Quiz rounds in this channel")
                        .addSubcommands(
                                new SubcommandData("start", "Start a quiz round")
                                        .addOptions(
                                                new OptionData(OptionType.STRING, TOPIC, "Topic or tag", false, true),
                                                new OptionData(OptionType.INTEGER, "count", "Number of questions")
                                                        .setRequiredRange(1, 50),
                                                new OptionData(OptionType.INTEGER, "seconds", "Seconds per question")
                                                        .setRequiredRange(5, 600),
                                                new OptionData(
                                                        OptionType.STRING,
                                                        "kinds",
                                                        "Comma-separated: choice, reverse, numeric, flashcard")),
                                new SubcommandData("stop", "Stop the running round"),
                                new SubcommandData("skip", "Skip the current question"))
                        .addSubcommands(HabitCommands.quizSubcommands()),
                Commands.slash("leaderboard", "Top scores")
                        .addOptions(
                                new OptionData(OptionType.STRING, "scope", "Whose scores")
                                        .addChoice("server", "server")
                                        .addChoice("channel", "channel")
                                        .addChoice("group", "group"),
                                new OptionData(OptionType.STRING, "period", "Time window")
                                        .addChoice("week", "week")
                                        .addChoice("month", "month")
                                        .addChoice("all", "all"),
                                new OptionData(OptionType.STRING, "group", "Study group name (scope: group)")),
                Commands.slash("group", "Study groups")
                        .addSubcommands(
                                named("create", "Create a study group"),
                                named("join", "Join a study group"),
                                named("leave", "Leave a study group"),
                                new SubcommandData("list", "List study groups")),
                Commands.slash("me", "Your own stats"),
                Commands.slash("review", "Review the questions you missed").addOptions(HabitCommands.reviewExport()),
                Commands.slash("calc", "Worked examples")
                        .addSubcommands(
                                expression("rf", "Receptive field of a stack, e.g. 3x3s1 3x3s1 3x3s2"),
                                expression("conv", "Params and MACs, e.g. 24x24x3 3x3x128"),
                                expression(
                                        "compare",
                                        "Stacks side by side, e.g. --input 24x24x128 \"3x3x128\" \"1x1x64,3x3x128\""),
                                expression("net", "A named network, e.g. vgg16 or resnet50 --input 320")),
                Commands.slash("wenda", "About Wenda")
                        .addSubcommands(
                                new SubcommandData("help", "What Wenda can do"),
                                new SubcommandData("web", "A private link to your study pages")
                                        .addOptions(
                                                new OptionData(
                                                        OptionType.BOOLEAN, "admin", "The admin pages (admins only)"),
                                                new OptionData(
                                                        OptionType.BOOLEAN,
                                                        "public",
                                                        "Admins: leaderboards readable without a link (true) or not")))
                        .addSubcommandGroups(admin()));
    }

    /** {@code /wenda admin ...}: visible to everyone, refused by the services unless the member is an admin. */
    private static SubcommandGroupData admin() {
        return new SubcommandGroupData(ADMIN, "Admin actions (Manage Server or the admin role)")
                .addSubcommands(
                        new SubcommandData("reset", "Reset a leaderboard (its season is archived)")
                                .addOptions(
                                        new OptionData(OptionType.STRING, "scope", "Which board")
                                                .addChoice("server", "server")
                                                .addChoice("channel", "channel")
                                                .addChoice("group", "group"),
                                        new OptionData(OptionType.STRING, "group", "Study group name (scope: group)")),
                        new SubcommandData("reload", "Reload the Q&A content folder"),
                        named("delete-group", "Delete a study group"));
    }

    private static SubcommandData named(String name, String description) {
        return new SubcommandData(name, description)
                .addOptions(new OptionData(OptionType.STRING, "name", "Group name", true));
    }

    private static SubcommandData expression(String name, String description) {
        return new SubcommandData(name, description)
                .addOptions(new OptionData(OptionType.STRING, "expression", description, true));
    }
}
