package dev.wenda.bot.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.wenda.bot.chat.Messages;
import dev.wenda.bot.chat.Reply;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuizTextsTest {
    private static final Instant CLOSES = Instant.parse("2026-11-25T08:00:30Z");

    @Test
    void numericQuestion_takesATypedAnswerUntilItCloses() {
        Question q = new Question.Numeric(
                "e-1", "卷积", "3 个 3x3 卷积叠加的感受野？", new BigDecimal("7"), BigDecimal.ZERO, "0", "1 + 3 × 2 = 7");
        Reply reply = QuizTexts.question("r1", 2, 5, q, CLOSES, 30, Messages.EN);
        assertTrue(reply.typedAnswer());
        assertEquals(Optional.of(CLOSES), reply.deadline());
    }

    @Test
    void flashcard_takesNoTypedAnswer() {
        Question q = new Question.Flashcard("e-2", "正则化", "什么是dropout", "训练时随机丢弃神经元。");
        Reply reply = QuizTexts.question("r1", 3, 5, q, CLOSES, 30, Messages.EN);
        assertFalse(reply.typedAnswer());
        assertEquals(Optional.of(CLOSES), reply.deadline());
        assertEquals(
                "**什么是dropout**\n\nAnswer it in your head; the answer shows in 30 s, then mark whether you knew it.",
                reply.markdown());
    }
}
