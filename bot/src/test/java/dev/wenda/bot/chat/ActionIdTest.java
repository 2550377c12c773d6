package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.wenda.bot.chat.ActionId.Choice;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ActionIdTest {
    @Test
    @DisplayName("every id the bot writes reads back as what it was written from")
    void encode_thenParse_roundTrips() {
        List<ActionId> ids = List.of(
                new ActionId.ShowEntry("000_0499e02e3bd88c97#18"),
                new ActionId.ShowEntry("a:b"),
                new ActionId.Feedback("e1", true),
                new ActionId.Feedback("e1", false),
                new ActionId.Quiz("3f2a", 2, new Choice.Option(3)),
                new ActionId.Quiz("3f2a", 1, new Choice.Mark(true)),
                new ActionId.Quiz("3f2a", 1, new Choice.Mark(false)));
        for (ActionId id : ids) {
            assertEquals(id, ActionId.parse(id.encode()), id.encode());
        }
    }

    @Test
    @DisplayName("the wire format stays what buttons already in chat carry")
    void encode_wireFormat() {
        assertEquals("ask:entry:e1", new ActionId.ShowEntry("e1").encode());
        assertEquals("feedback:up:e1", new ActionId.Feedback("e1", true).encode());
        assertEquals("feedback:down:e1", new ActionId.Feedback("e1", false).encode());
        assertEquals("quiz:r1:2:0", new ActionId.Quiz("r1", 2, new Choice.Option(0)).encode());
        assertEquals("quiz:r1:2:knew", new ActionId.Quiz("r1", 2, new Choice.Mark(true)).encode());
        assertEquals("quiz:r1:2:didnt", new ActionId.Quiz("r1", 2, new Choice.Mark(false)).encode());
    }

    @Test
    @DisplayName("forged quiz buttons keep their round but no usable number or choice")
    void parse_forgedQuizButtons() {
        assertEquals(new ActionId.Quiz("r1", 0, new Choice.Option(0)), ActionId.parse("quiz:r1:x:0"));
        assertEquals(new ActionId.Quiz("r1", 1, new Choice.Invalid("12")), ActionId.parse("quiz:r1:1:12"));
        assertEquals(new ActionId.Quiz("r1", 1, new Choice.Invalid("")), ActionId.parse("quiz:r1:1:"));
        assertEquals(new ActionId.Quiz("r1", -1, new Choice.Invalid("a")), ActionId.parse("quiz:r1:-1:a"));
    }

    @Test
    @DisplayName("ids of another shape are unknown")
    void parse_otherShapes_unknown() {
        for (String id : List.of("quiz:r1:1", "quiz:r1:1:0:0", "quizz:r1:1:0", "a", "feedback:sideways:e1")) {
            assertEquals(new ActionId.Unknown(id), ActionId.parse(id), id);
        }
    }
}
