package dev.wenda.bot.discord;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.TextCommand;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Turns a slash command into the neutral {@link ChatRequest}; empty for a command Wenda does not know. */
final class CommandTranslator {
    /** Commands whose answers only the caller should see; their deferral is ephemeral. */
    private static final Set<String> PRIVATE = Set.of("me", "review", "group", "wenda", SlashCommands.ADMIN);

    private CommandTranslator() {}

    static boolean privateByDefault(CommandCall call) {
        return PRIVATE.contains(call.name());
    }

    static Optional<ChatRequest> translate(Origin origin, CommandCall call) {
        ChatRequest request =
                switch (call.name()) {
                    case SlashCommands.ASK -> new ChatRequest.Ask(origin, call.text(SlashCommands.QUESTION));
                    case SlashCommands.QUIZ -> quiz(origin, call);
                    case "leaderboard" ->
                        new ChatRequest.Leaderboard(
                                origin,
                                ChatRequest.Scope.valueOf(
                                        upper(call.option("scope").orElse("server"))),
                                ChatRequest.Period.valueOf(
                                        upper(call.option("period").orElse("all"))),
                                call.option("group"));
                    case "group" -> group(origin, call);
                    case "me" -> new ChatRequest.Me(origin);
                    case "review" -> HabitCommands.review(origin, call);
                    case "calc" -> calc(origin, call);
                    case "wenda" -> wenda(origin, call);
                    case SlashCommands.ADMIN -> admin(origin, call);
                    default -> null;
                };
        return Optional.ofNullable(request);
    }

    private static ChatRequest quiz(Origin origin, CommandCall call) {
        return switch (call.subcommand()) {
            case "start" ->
                new ChatRequest.QuizStart(
                        origin,
                        call.text(SlashCommands.TOPIC),
                        call.number("count"),
                        call.number("seconds"),
                        call.text("kinds"),
                        call.option(SlashCommands.DECK));
            case "stop" -> new ChatRequest.QuizStop(origin);
            case "skip" -> new ChatRequest.QuizSkip(origin);
            default -> HabitCommands.quiz(origin, call);
        };
    }

    private static ChatRequest group(Origin origin, CommandCall call) {
        return switch (call.subcommand()) {
            case "create" -> new ChatRequest.Group(origin, ChatRequest.GroupAction.CREATE, call.option("name"));
            case "join" -> new ChatRequest.Group(origin, ChatRequest.GroupAction.JOIN, call.option("name"));
            case "leave" -> new ChatRequest.Group(origin, ChatRequest.GroupAction.LEAVE, call.option("name"));
            case "list" -> new ChatRequest.Group(origin, ChatRequest.GroupAction.LIST, Optional.empty());
            default -> null;
        };
    }

    private static ChatRequest wenda(Origin origin, CommandCall call) {
        return switch (call.subcommand()) {
            case "help" -> new ChatRequest.Help(origin);
            case "web" ->
                call.option("public").isPresent()
                        ? new ChatRequest.PublicBoards(origin, Boolean.parseBoolean(call.text("public")))
                        : new ChatRequest.WebLink(
                                origin,
                                call.option("admin").map(Boolean::parseBoolean).orElse(false));
            default -> null;
        };
    }

    /** {@code /wenda-admin ...}: one case per subcommand of {@code SlashCommands.adminActions}. */
    private static ChatRequest admin(Origin origin, CommandCall call) {
        return switch (call.subcommand()) {
            case "reset" -> {
                String scope = call.option("scope").orElse("server");
                yield new ChatRequest.ResetBoard(
                        origin,
                        ChatRequest.Scope.valueOf(upper(scope)),
                        scope.equals("group") ? call.option("group") : Optional.empty());
            }
            case "reload" -> new ChatRequest.ReloadContent(origin);
            case "delete-group" -> new ChatRequest.DeleteGroup(origin, call.text("name"));
            case "add" ->
                new ChatRequest.BankAdd(
                        origin, call.text("question"), call.text("answer"), TextCommand.tags(call.text("tags")));
            case "edit" ->
                new ChatRequest.BankEdit(
                        origin,
                        call.text("entry"),
                        call.text("question"),
                        call.text("answer"),
                        TextCommand.tags(call.text("tags")));
            case "remove" -> new ChatRequest.BankRemove(origin, call.text("entry"));
            case "gaps" -> new ChatRequest.Gaps(origin);
            // The listener builds the request from the attachment; Discord always sends one (required).
            case "import" ->
                new ChatRequest.ImportDeck(
                        origin,
                        "",
                        0,
                        maxBytes -> {
                            throw new java.io.IOException("no file attached");
                        },
                        call.option("deck"),
                        call.text("licence"));
            case "digest" ->
                call.option("off").map(Boolean::parseBoolean).orElse(false)
                        ? new ChatRequest.GapDigest(origin, ChatRequest.DigestAction.OFF, origin.channel(), "", "")
                        : call.option("channel").isEmpty()
                                        && call.option("day").isEmpty()
                                        && call.option("time").isEmpty()
                                ? new ChatRequest.GapDigest(
                                        origin, ChatRequest.DigestAction.SHOW, origin.channel(), "", "")
                                : new ChatRequest.GapDigest(
                                        origin,
                                        ChatRequest.DigestAction.SET,
                                        call.option("channel").orElse(origin.channel()),
                                        call.option("day").orElse(ChatRequest.GapDigest.DEFAULT_DAY),
                                        call.option("time").orElse(ChatRequest.GapDigest.DEFAULT_TIME));
            default -> null;
        };
    }

    private static ChatRequest calc(Origin origin, CommandCall call) {
        return switch (call.subcommand()) {
            case "rf", "conv", "compare", "net" ->
                new ChatRequest.Calc(origin, call.subcommand() + " " + call.text("expression"));
            default -> null;
        };
    }

    private static String upper(String value) {
        return value.toUpperCase(Locale.ROOT);
    }
}
