package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.ChatRequest;
import dev.wenda.bot.chat.Origin;
import dev.wenda.bot.chat.Platform;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommandTranslatorTest {
    private static final Origin ORIGIN = new Origin(Platform.DISCORD, "g", "c", "u", "Alice", Locale.ENGLISH, false);

    private static Optional<ChatRequest> translate(String name, String sub, Map<String, String> options) {
        return CommandTranslator.translate(ORIGIN, new CommandCall(name, sub, options));
    }

    @Test
    @DisplayName("/ask carries the question")
    void ask() {
        assertEquals(
                Optional.of(new ChatRequest.Ask(ORIGIN, "what is dropout")),
                translate("ask", "", Map.of("question", " what is dropout ")));
    }

    @Test
    @DisplayName("/quiz start passes topic, count, seconds and kinds; missing ones are empty")
    void quizStart() {
        assertEquals(
                Optional.of(new ChatRequest.QuizStart(
                        ORIGIN, "cnn", OptionalInt.of(5), OptionalInt.of(20), "choice,numeric")),
                translate(
                        "quiz",
                        "start",
                        Map.of("topic", "cnn", "count", "5", "seconds", "20", "kinds", "choice,numeric")));
        assertEquals(
                Optional.of(new ChatRequest.QuizStart(ORIGIN, "", OptionalInt.empty(), OptionalInt.empty(), "")),
                translate("quiz", "start", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.QuizStart(
                        ORIGIN, "", OptionalInt.empty(), OptionalInt.empty(), "typed", Optional.of("trivia"))),
                translate("quiz", "start", Map.of("deck", "trivia", "kinds", "typed")));
        assertEquals(Optional.of(new ChatRequest.QuizStop(ORIGIN)), translate("quiz", "stop", Map.of()));
        assertEquals(Optional.of(new ChatRequest.QuizSkip(ORIGIN)), translate("quiz", "skip", Map.of()));
    }

    @Test
    @DisplayName("/leaderboard defaults to the whole server over all time")
    void leaderboard() {
        assertEquals(
                Optional.of(new ChatRequest.Leaderboard(
                        ORIGIN, ChatRequest.Scope.SERVER, ChatRequest.Period.ALL, Optional.empty())),
                translate("leaderboard", "", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.Leaderboard(
                        ORIGIN, ChatRequest.Scope.GROUP, ChatRequest.Period.WEEK, Optional.of("cv-club"))),
                translate("leaderboard", "", Map.of("scope", "group", "period", "week", "group", "cv-club")));
    }

    @Test
    @DisplayName("/group, /me, /review, /calc and /wenda help map to their requests")
    void otherCommands() {
        assertEquals(
                Optional.of(new ChatRequest.Group(ORIGIN, ChatRequest.GroupAction.JOIN, Optional.of("cv-club"))),
                translate("group", "join", Map.of("name", "cv-club")));
        assertEquals(
                Optional.of(new ChatRequest.Group(ORIGIN, ChatRequest.GroupAction.LIST, Optional.empty())),
                translate("group", "list", Map.of()));
        assertEquals(Optional.of(new ChatRequest.Me(ORIGIN)), translate("me", "", Map.of()));
        assertEquals(Optional.of(new ChatRequest.Review(ORIGIN)), translate("review", "", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.Calc(ORIGIN, "rf 3x3s1 3x3s2")),
                translate("calc", "rf", Map.of("expression", "3x3s1 3x3s2")));
        assertEquals(Optional.of(new ChatRequest.Help(ORIGIN)), translate("wenda", "help", Map.of()));
    }

    @Test
    @DisplayName("an unknown command or subcommand translates to nothing")
    void unknown() {
        assertEquals(Optional.empty(), translate("dance", "", Map.of()));
        assertEquals(Optional.empty(), translate("quiz", "pause", Map.of()));
    }

    @Test
    @DisplayName("personal commands defer privately; the rest publicly")
    void privacy() {
        assertTrue(CommandTranslator.privateByDefault(new CommandCall("me", "", Map.of())));
        assertFalse(CommandTranslator.privateByDefault(new CommandCall("ask", "", Map.of())));
    }

    @Test
    @DisplayName("every registered command translates")
    void registeredCommands_allTranslate() {
        List<String> names =
                SlashCommands.all().stream().map(SlashCommandData::getName).toList();
        assertEquals(
                List.of("ask", "quiz", "leaderboard", "group", "me", "review", "calc", "wenda", "wenda-admin"), names);
        for (SlashCommandData command : SlashCommands.all()) {
            List<String> subs = command.getSubcommands().isEmpty()
                    ? List.of("")
                    : command.getSubcommands().stream().map(s -> s.getName()).toList();
            for (String sub : subs) {
                Map<String, String> options = Map.of("question", "q", "name", "n", "expression", "e");
                assertTrue(translate(command.getName(), sub, options).isPresent(), command.getName() + " " + sub);
            }
        }
    }

    @Test
    @DisplayName("/wenda-admin reset|reload|delete-group become the admin requests; reset defaults to the server board")
    void wendaAdmin() {
        assertEquals(
                Optional.of(new ChatRequest.ResetBoard(ORIGIN, ChatRequest.Scope.SERVER, Optional.empty())),
                translate("wenda-admin", "reset", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.ResetBoard(ORIGIN, ChatRequest.Scope.GROUP, Optional.of("nlp"))),
                translate("wenda-admin", "reset", Map.of("scope", "group", "group", "nlp")));
        assertEquals(
                Optional.of(new ChatRequest.ResetBoard(ORIGIN, ChatRequest.Scope.CHANNEL, Optional.empty())),
                translate("wenda-admin", "reset", Map.of("scope", "channel", "group", "ignored")));
        assertEquals(Optional.of(new ChatRequest.ReloadContent(ORIGIN)), translate("wenda-admin", "reload", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.DeleteGroup(ORIGIN, "nlp")),
                translate("wenda-admin", "delete-group", Map.of("name", "nlp")));
        assertEquals(Optional.empty(), translate("wenda-admin", "", Map.of()));
        assertEquals(Optional.empty(), translate("wenda", "admin reset", Map.of()));
    }

    @Test
    @DisplayName("/wenda-admin add|edit|remove|gaps become the community bank's requests; tags split at commas and 、")
    void wendaAdmin_bank() {
        assertEquals(
                Optional.of(new ChatRequest.BankAdd(ORIGIN, "什么是梯度累积", "几个小批次的梯度加起来再更新", List.of("训练", "显存"))),
                translate(
                        "wenda-admin",
                        "add",
                        Map.of("question", " 什么是梯度累积 ", "answer", "几个小批次的梯度加起来再更新", "tags", "训练，显存、训练")));
        assertEquals(
                Optional.of(new ChatRequest.BankEdit(ORIGIN, "c1#1", "Q", "A", List.of())),
                translate("wenda-admin", "edit", Map.of("entry", "c1#1", "question", "Q", "answer", "A")));
        assertEquals(
                Optional.of(new ChatRequest.BankRemove(ORIGIN, "000_0499e02e3bd88c97#13")),
                translate("wenda-admin", "remove", Map.of("entry", "000_0499e02e3bd88c97#13")));
        assertEquals(Optional.of(new ChatRequest.Gaps(ORIGIN)), translate("wenda-admin", "gaps", Map.of()));
    }

    @Test
    @DisplayName("/wenda-admin digest alone shows the setting; with a channel, day or time it sets the digest (default:"
            + " this channel, Mondays 09:00); off turns it off")
    void wendaAdmin_digest() {
        assertEquals(
                Optional.of(new ChatRequest.GapDigest(ORIGIN, ChatRequest.DigestAction.SHOW, ORIGIN.channel(), "", "")),
                translate("wenda-admin", "digest", Map.of()));
        assertEquals(
                Optional.of(new ChatRequest.GapDigest(
                        ORIGIN, ChatRequest.DigestAction.SET, ORIGIN.channel(), "mon", "09:00")),
                translate("wenda-admin", "digest", Map.of("day", "mon")));
        assertEquals(
                Optional.of(new ChatRequest.GapDigest(ORIGIN, ChatRequest.DigestAction.SET, "42", "fri", "18:30")),
                translate("wenda-admin", "digest", Map.of("channel", "42", "day", "fri", "time", "18:30")));
        assertEquals(
                Optional.of(new ChatRequest.GapDigest(ORIGIN, ChatRequest.DigestAction.OFF, ORIGIN.channel(), "", "")),
                translate("wenda-admin", "digest", Map.of("off", "true", "channel", "42")));
    }
}
