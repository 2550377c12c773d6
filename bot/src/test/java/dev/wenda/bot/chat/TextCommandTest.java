package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TextCommandTest {
    private static final Origin EN =
            new Origin(Platform.CONSOLE, "console", "main", "u1", "alice", Locale.ENGLISH, false);
    private static final Origin ZH =
            new Origin(Platform.CONSOLE, "console", "main", "u1", "alice", Locale.CHINA, false);

    @Test
    @DisplayName("quiz start takes a free-text topic and named options")
    void quizStart_topicAndOptions_parsed() {
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.QuizStart(
                        EN, "batch norm", OptionalInt.of(5), OptionalInt.of(20), "choice,numeric")),
                TextCommand.parse(EN, "quiz start batch norm count=5 seconds=20 kinds=choice,numeric"));
    }

    @Test
    @DisplayName("quiz start deck=NAME names the community's deck to draw from")
    void quizStart_deck_parsed() {
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.QuizStart(
                        EN, "", OptionalInt.of(5), OptionalInt.empty(), "typed", java.util.Optional.of("trivia"))),
                TextCommand.parse(EN, "quiz start deck=trivia kinds=typed count=5"));
    }

    @Test
    @DisplayName("a bad number names the option and the value")
    void quizStart_badCount_usage() {
        assertEquals(
                new TextCommand.Parsed.Usage("count needs a whole number, got 'ten'"),
                TextCommand.parse(EN, "quiz start count=ten"));
        assertEquals(
                new TextCommand.Parsed.Usage("count 需要一个整数，收到的是 'ten'"), TextCommand.parse(ZH, "quiz start count=ten"));
    }

    @Test
    @DisplayName("leaderboard parses scope, group name and period in any order")
    void leaderboard_groupAndPeriod_parsed() {
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.Leaderboard(
                        EN, ChatRequest.Scope.GROUP, ChatRequest.Period.WEEK, Optional.of("cv-club"))),
                TextCommand.parse(EN, "leaderboard week group cv-club"));
        assertEquals(
                new TextCommand.Parsed.Usage("Usage: leaderboard group NAME [week|month|all]"),
                TextCommand.parse(EN, "leaderboard group"));
    }

    @Test
    @DisplayName("group commands need exactly one name, except list")
    void group_actions_parsed() {
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.Group(EN, ChatRequest.GroupAction.JOIN, Optional.of("nlp"))),
                TextCommand.parse(EN, "group join nlp"));
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.Group(EN, ChatRequest.GroupAction.LIST, Optional.empty())),
                TextCommand.parse(EN, "group list"));
        assertEquals(new TextCommand.Parsed.Usage("Usage: group join NAME"), TextCommand.parse(EN, "group join"));
    }

    @Test
    @DisplayName("ask and calc keep the rest of the text; empty text is help")
    void askCalcHelp_parsed() {
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.Ask(EN, "什么是 dropout?")),
                TextCommand.parse(EN, "ask 什么是 dropout?"));
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.Calc(EN, "rf 3x3s1 3x3s1")),
                TextCommand.parse(EN, "  calc   rf 3x3s1 3x3s1 "));
        assertEquals(new TextCommand.Parsed.Ok(new ChatRequest.Help(EN)), TextCommand.parse(EN, "   "));
    }

    @Test
    @DisplayName("an unknown verb lists the commands")
    void unknownVerb_usage() {
        assertEquals(
                new TextCommand.Parsed.Usage(
                        "Unknown command 'dance'. Commands: ask, quiz, leaderboard, group, me, review, calc, help, admin"),
                TextCommand.parse(EN, "dance now"));
    }

    @Test
    @DisplayName("admin reset takes a scope (server by default), reload and delete-group parse; bad forms get usage")
    void admin_actions_parsed() {
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.ResetBoard(EN, ChatRequest.Scope.SERVER, Optional.empty())),
                TextCommand.parse(EN, "admin reset"));
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.ResetBoard(EN, ChatRequest.Scope.CHANNEL, Optional.empty())),
                TextCommand.parse(EN, "admin reset channel"));
        assertEquals(
                new TextCommand.Parsed.Ok(
                        new ChatRequest.ResetBoard(EN, ChatRequest.Scope.GROUP, Optional.of("cv-club"))),
                TextCommand.parse(EN, "ADMIN Reset group cv-club"));
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.ReloadContent(EN)), TextCommand.parse(EN, "admin reload"));
        assertEquals(
                new TextCommand.Parsed.Ok(new ChatRequest.DeleteGroup(EN, "nlp")),
                TextCommand.parse(EN, "admin delete-group nlp"));
        assertEquals(
                new TextCommand.Parsed.Usage("Usage: admin reset group NAME"),
                TextCommand.parse(EN, "admin reset group"));
        assertEquals(
                new TextCommand.Parsed.Usage("Usage: admin delete-group NAME"),
                TextCommand.parse(EN, "admin delete-group a b"));
        assertEquals(
                new TextCommand.Parsed.Usage(
                        "用法：admin reset [server|channel|group NAME] | admin reload | admin delete-group NAME"),
                TextCommand.parse(ZH, "admin dance"));
    }
}
