package dev.wenda.bot.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wenda.bot.admin.DigestReplies;
import dev.wenda.bot.chat.Body;
import dev.wenda.bot.chat.Platform;
import dev.wenda.bot.chat.Reply;
import dev.wenda.bot.testing.Golden;
import dev.wenda.content.ContentBank;
import dev.wenda.content.QaEntry;
import java.io.IOException;
import java.util.List;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.SerializableData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DiscordRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DiscordRenderer renderer = new DiscordRenderer();

    static JsonNode json(SerializableData data) {
        try {
            return JSON.readTree(data.toData().toJson());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode rendered(Reply reply) {
        return json(renderer.render(reply).message());
    }

    @Test
    @DisplayName("a cut title, field or label never ends in half an emoji")
    void cut_keepsSurrogatePairsWhole() {
        assertEquals("a…", DiscordRenderer.cut("a🧠b", 3));
        assertEquals("ab…", DiscordRenderer.cut("ab🧠", 3));
        assertEquals("a🧠b", DiscordRenderer.cut("a🧠b", 4));
    }

    @Test
    @DisplayName(
            "an answer becomes an embed: title, Discord markdown, image, source footer, related and feedback buttons")
    void answer_rendersEmbedAndButtons() {
        Golden.assertMatches("discord/answer", rendered(SampleReplies.answer()));
    }

    @Test
    @DisplayName("did-you-mean candidates become buttons")
    void didYouMean_rendersCandidateButtons() {
        Golden.assertMatches("discord/did-you-mean", rendered(SampleReplies.didYouMean()));
    }

    @Test
    @DisplayName("a digest set to another channel names it with a Discord channel mention, pinging no one")
    void digestElsewhere_isChannelMention() {
        JsonNode json = rendered(DigestReplies.shownElsewhere(Platform.DISCORD, "123456789012345678", "42"));

        assertEquals(
                "The knowledge-gap digest goes to <#123456789012345678> every Fri at 18:00 (time zone Asia/Shanghai)."
                        + " `digest off` stops it.",
                json.path("content").asText());
        assertEquals("[]", json.path("allowed_mentions").path("parse").toString());
    }

    @Test
    @DisplayName("user text spelling a channel mention stays escaped next to a real channel reference")
    void typedChannelMention_staysEscaped() {
        Body body = new Body(List.of(new Body.Markdown("you typed \\<#1\\> for "), new Body.Channel("2")));

        assertEquals(
                "you typed \\<#1\\> for <#2>",
                rendered(Reply.text("").withBody(body)).path("content").asText());
    }

    @Test
    @DisplayName("a short plain reply is message content, not an embed")
    void abstention_isPlainContent() {
        JsonNode json = rendered(SampleReplies.abstention());
        assertEquals(
                "I don't have a good answer for that. I cover: *CNN*, *RNN*, *optimization*, *regularization*.",
                json.path("content").asText());
        assertEquals(0, json.path("embeds").size());
    }

    @Test
    @DisplayName("a quiz question shows A-D buttons and a relative-timestamp countdown")
    void quizQuestion_hasChoicesAndCountdown() {
        JsonNode json = rendered(SampleReplies.quizQuestion(false));
        Golden.assertMatches("discord/quiz-question", json);
        assertTrue(json.path("embeds").get(0).path("description").asText().endsWith("⏳ <t:1767225630:R>"));
    }

    @Test
    @DisplayName("a reveal disables every button and marks the right one")
    void quizReveal_disablesButtons() {
        JsonNode json = json(renderer.render(SampleReplies.quizQuestion(true)).asEdit());
        Golden.assertMatches("discord/quiz-reveal-edit", json);
    }

    @Test
    @DisplayName("a timed question without choices gets an Answer button that opens a modal")
    void numericQuestion_getsAnswerButton() {
        JsonNode buttons = rendered(SampleReplies.numericQuestion())
                .path("components")
                .get(0)
                .path("components");
        assertEquals(1, buttons.size());
        assertEquals(
                DiscordRenderer.TYPED_ANSWER_ID,
                buttons.get(0).path("custom_id").asText());
    }

    @Test
    @DisplayName("a timed flashcard takes no typed answer, so it gets no Answer button")
    void flashcardQuestion_getsNoAnswerButton() {
        JsonNode message = rendered(SampleReplies.flashcardQuestion());
        assertEquals(0, message.path("components").size(), message.toString());
        assertTrue(message.path("embeds").get(0).path("description").asText().contains("<t:"), message.toString());
    }

    @Test
    @DisplayName("a calc result uploads its picture and shows it as the embed image")
    void calc_uploadsAttachment() {
        DiscordRenderer.Rendered rendered = renderer.render(SampleReplies.calc());
        Golden.assertMatches("discord/calc", json(rendered.message()));
        assertEquals(
                List.of("rf.png"),
                rendered.message().getFiles().stream().map(f -> f.getName()).toList());
    }

    @Test
    @DisplayName("a long answer is cut at a paragraph boundary and offers a full-answer button")
    void longAnswer_isCutWithFullAnswerButton() {
        DiscordRenderer.Rendered rendered = renderer.render(SampleReplies.longAnswer());
        String description = rendered.message().getEmbeds().get(0).getDescription();
        assertTrue(description.length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH, "length " + description.length());
        assertTrue(description.endsWith("gradient."), "ends at a paragraph end: " + description);
        String rest = String.join("\n\n", rendered.morePages());
        assertEquals(SampleReplies.longAnswer().markdown().strip(), description + "\n\n" + rest);
        assertEquals(
                rendered.moreId().orElseThrow(),
                json(rendered.message())
                        .path("components")
                        .get(0)
                        .path("components")
                        .get(0)
                        .path("custom_id")
                        .asText());
    }

    @Test
    @DisplayName("every rendered message allows no mentions, including the replied-to user")
    void everyMessage_allowsNoMentions() {
        for (Reply reply : List.of(
                SampleReplies.answer(),
                SampleReplies.abstention(),
                SampleReplies.quizQuestion(false),
                SampleReplies.calc(),
                Reply.text("hi @everyone and <@123>"))) {
            JsonNode mentions = rendered(reply).path("allowed_mentions");
            assertEquals(2, mentions.size(), mentions.toString());
            assertEquals(JSON.createArrayNode(), mentions.path("parse"), reply.markdown());
            assertEquals(false, mentions.path("replied_user").booleanValue(), reply.markdown());
        }
    }

    @Test
    @DisplayName("every bundled entry renders as an answer within Discord's embed limits")
    void bundledBank_rendersWithinLimits() {
        for (QaEntry entry : ContentBank.bundled().entries()) {
            Reply reply = Reply.text(entry.answer()).withTitle(entry.question()).withFooter(entry.id());
            DiscordRenderer.Rendered rendered = renderer.render(reply);
            for (MessageEmbed embed : rendered.message().getEmbeds()) {
                assertTrue(embed.isSendable(), entry.id() + " length " + embed.getLength());
            }
            for (String page : rendered.morePages()) {
                assertTrue(page.length() <= MessageEmbed.DESCRIPTION_MAX_LENGTH, entry.id());
            }
        }
    }
}
