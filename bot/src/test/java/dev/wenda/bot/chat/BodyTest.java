package dev.wenda.bot.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BodyTest {
    @Test
    @DisplayName("a catalogue sentence keeps a channel argument as a reference between its text")
    void sentence_keepsChannelAsPart() {
        Body body = Body.sentence(Messages.ZH, "digest.show", "每周五 18:00", new Body.Channel("C1"), "UTC");

        assertEquals(
                List.of(
                        new Body.Markdown("知识缺口周报每周五 18:00发到"),
                        new Body.Channel("C1"),
                        new Body.Markdown("（时区 UTC）。`digest off` 可以关闭。")),
                body.parts());
        assertEquals("知识缺口周报每周五 18:00发到#C1（时区 UTC）。`digest off` 可以关闭。", body.markdown());
    }

    @Test
    @DisplayName("text that spells out a token is left alone: the token mark is a character no text contains")
    void tokens_cannotBeForgedByText() {
        String forged = "\uE0000\uE000 \uE0010\uE001";
        Body body = new Body(List.of(new Body.Markdown(forged + " "), new Body.Channel("C9")));

        Body.Tokens tokens = body.tokens();

        assertEquals(0xE002, tokens.mark());
        assertEquals(forged + " <#C9>", tokens.restore(channel -> "<#" + channel.id() + ">"));
        assertEquals(body, tokens.body());
    }

    @Test
    @DisplayName("a character reference to a private-use character is avoided as a mark, since converters decode it")
    void tokens_markAvoidsNumericReferences() {
        Body body =
                new Body(List.of(new Body.Markdown("&#xE000;0&#xE000; &#57345;0&#57345; "), new Body.Channel("C9")));

        assertEquals(0xE002, body.tokens().mark());
    }

    @Test
    @DisplayName("a decoded token this body never wrote (a bank answer with &#xE000;7&#xE000;) stays text")
    void restore_tokenNeverWritten_staysText() {
        Body.Tokens plain = Body.markdown("an answer").tokens();
        String decoded = "\uE0007\uE000 and \uE00099999999999\uE000";

        assertEquals(decoded, plain.restore(decoded, channel -> "<#" + channel.id() + ">"));
    }

    @Test
    @DisplayName("a sentence argument that spells out a token stays text")
    void sentence_argumentSpellingToken_staysText() {
        Body body = Body.sentence(Messages.EN, "digest.set", "\uE0000\uE000", new Body.Channel("C2"), "UTC");

        assertEquals(
                "From now on, \uE0000\uE000, I will post the top knowledge gaps of the past seven days to #C2"
                        + " (time zone UTC). `digest off` stops it.",
                body.markdown());
    }

    @Test
    @DisplayName("a channel id with anything but letters, digits, _ or - is refused, naming it")
    void channel_badId_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Body.Channel("C1>|x"));
        assertEquals("channel id must be letters, digits, _ or -, was 'C1>|x'", e.getMessage());
    }

    @Test
    @DisplayName("a body of only empty Markdown is empty; one naming a channel is not")
    void isEmpty() {
        assertEquals(true, Body.markdown("").isEmpty());
        assertEquals(false, new Body(List.of(new Body.Channel("C1"))).isEmpty());
    }
}
